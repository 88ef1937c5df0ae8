class Err(Exception):
    def __str__(self):
        return ""
try:
    raise Err()
except Err as e:
    x = KeyError("")
    x.__suppress_context__ = True
    x.__context__ = e
    raise x
