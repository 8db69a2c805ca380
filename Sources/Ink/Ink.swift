// Ink module (being built; see README).
