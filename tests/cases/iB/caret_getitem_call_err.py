fs = {"a": lambda: 1}
r = fs["a"]() + fs["b"]()
