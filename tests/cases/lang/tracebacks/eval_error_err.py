eval("1 + None")
