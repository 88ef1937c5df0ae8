x = format(1, "zz")
