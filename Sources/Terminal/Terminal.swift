// Terminal module (being built; see README).
