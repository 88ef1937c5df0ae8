raise SyntaxError("far offset", ("t.py", 2, 40, "x = 1\n", 2, 50))
