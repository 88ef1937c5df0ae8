a = 1; b = a.nope; c = 3
