class BadNew(Exception):
    def __new__(cls, *a):
        return 42
try:
    raise ValueError("v") from BadNew
except ValueError as e:
    print(repr(e.__cause__))
raise ValueError("v") from BadNew
