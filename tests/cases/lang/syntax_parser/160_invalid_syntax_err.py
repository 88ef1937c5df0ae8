x = ab'c'
