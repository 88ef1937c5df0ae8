class Err(Exception):
    pass
Err.__module__ = "builtins"
Err.__qualname__ = "Renamed.Err"
try:
    raise Err("q")
except Err as e:
    print(repr(e))
raise Err()
