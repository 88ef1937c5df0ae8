try:
    1 / 0
finally:
    raise KeyError("in finally")
