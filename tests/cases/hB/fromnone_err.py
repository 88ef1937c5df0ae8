x = {"a": 1}
try:
    x["b"]
except KeyError as e:
    raise ValueError("wrapped") from None
