raise SyntaxError("custom tabs", ("t.py", 2, 4, "\t\tx = = 1\n", 2, 7))
