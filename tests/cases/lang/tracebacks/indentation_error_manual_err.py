raise IndentationError("ind", ("f.py", 1, 2, " x\n"))
