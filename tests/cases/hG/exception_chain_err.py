class Custom(Exception):
    pass
def a():
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise Custom("outer", 2) from e
def b():
    try:
        a()
    except Custom:
        raise ValueError("final")
b()
