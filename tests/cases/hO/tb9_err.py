class Weird(BaseException):
    pass
try:
    raise Weird("not caught by Exception")
except Exception:
    print("wrong")
