try:
    raise SyntaxError("only msg")
except SyntaxError as x:
    print(str(x), x.lineno, x.filename)
raise IndentationError("bad indent", ("f.py", 2, 1, "  x\n"))
