raise SyntaxError("m", (None, None, None, None))
