raise SyntaxError("manual")
