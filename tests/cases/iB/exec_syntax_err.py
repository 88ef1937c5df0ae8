exec("a = 1\nb = (a +\n")
