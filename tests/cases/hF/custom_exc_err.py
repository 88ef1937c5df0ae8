import sys
class AppError(Exception):
    """Base."""
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class NotFound(AppError, LookupError):
    pass
class Retry(AppError):
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return f"retry #{self.n}"

def validate(d):
    if 'age' not in d:
        raise NotFound('age')
    if not isinstance(d['age'], int):
        raise ValidationError('age', f"expected int, got {type(d['age']).__name__}")
    return d['age']

for d in [{'age': 3}, {}, {'age': '3'}]:
    try:
        print(validate(d))
    except ValidationError as e:
        print("invalid", e.field, e, repr(e))
    except LookupError as e:
        print("lookup", type(e).__name__, e, e.args, isinstance(e, AppError))
print(NotFound.__mro__)
print(repr(Retry(3)), str(Retry(3)), Retry(3).args)
def attempt(n):
    try:
        if n < 3:
            raise Retry(n)
        return "done"
    finally:
        print("finally", n)
for i in range(5):
    try:
        print(attempt(i)); break
    except Retry as e:
        print("caught", e)
def process():
    try:
        validate({'age': 1.5})
    except ValidationError as e:
        raise RuntimeError("processing failed") from e
try:
    process()
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise NotFound("x") from None
except NotFound as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
e = ValidationError("f", "m")
e.add_note("note 1")
print(e.__notes__)
def deep(n):
    if n == 0:
        raise Retry(99)
    deep(n - 1)
try:
    deep(3)
except Retry as ex:
    import traceback
    print(''.join(traceback.format_exception_only(type(ex), ex)), end='')
    tb = ex.__traceback__; k = 0
    while tb: k += 1; tb = tb.tb_next
    print("frames", k)
class Weird(Exception):
    def __str__(self): return ""
print(repr(Weird()), str(Weird("a")))
def outer():
    try:
        validate({'age': None})
    except AppError:
        print("handling", sys.exc_info()[0].__name__)
        raise KeyError("while handling")
outer()
