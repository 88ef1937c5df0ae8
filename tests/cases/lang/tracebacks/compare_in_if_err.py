x = "a"
if x > 1:
    pass
