// Training module (being built; see README).
