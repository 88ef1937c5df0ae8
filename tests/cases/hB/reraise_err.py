class MyError(Exception):
    pass
try:
    raise MyError("custom")
except MyError:
    raise
