class E(Exception):
    __str__ = None
raise E("x")
