// Quiz module (being built; see README).
