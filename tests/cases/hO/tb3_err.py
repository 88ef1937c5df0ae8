class E(KeyError):
    pass
d = {}
try:
    d["k"]
except KeyError as ke:
    raise E("missing", "two") from None
