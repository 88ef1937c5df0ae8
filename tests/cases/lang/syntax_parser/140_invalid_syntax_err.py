assert x, "msg", 3
