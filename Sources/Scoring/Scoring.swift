// Scoring module (being built; see README).
