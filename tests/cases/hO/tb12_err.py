raise KeyError("with 'quotes'", 2)
