// CNN module (being built; see README).
