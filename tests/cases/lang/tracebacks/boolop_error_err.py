x = 1 and [][0]
