raise KeyError("key with 'quotes'")
