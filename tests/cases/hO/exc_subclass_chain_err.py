class AppError(Exception):
    def __init__(self, code, detail=None):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
    def __str__(self):
        return f"AppError code={self.code} detail={self.detail!r}"

class NotFound(AppError, LookupError):
    pass

print(NotFound.__mro__)
try:
    raise NotFound(404, "page")
except LookupError as e:
    print("caught", type(e).__name__, e.code, e.args)

def inner():
    raise NotFound(404, {"path": "/x"})

def outer():
    try:
        inner()
    except AppError as e:
        raise RuntimeError("wrapped") from e

outer()
