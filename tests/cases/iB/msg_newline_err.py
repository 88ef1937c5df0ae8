class E(Exception):
    pass
try:
    raise E("line one\nline two")
except E as e:
    print(repr(str(e)))
raise E("first\nsecond\n\tthird\n")
