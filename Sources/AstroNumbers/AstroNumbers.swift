// AstroNumbers module (being built; see README).
