class Resource:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
def work(n):
    if n == 0:
        with Resource():
            1 / 0
    return work(n - 1)
try:
    work(2)
except RuntimeError as e:
    print(type(e.__context__).__name__)
e = Exception("a", 1)
e.add_note("note 1")
print(str(e), repr(e), e.args)
print(str(Exception()), repr(Exception()), str(KeyError("k")), str(KeyError("k", 2)), repr(KeyError()))
class E2(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise E2("x", "y")
except E2 as ex:
    print(ex.args, str(ex), ex.b)
work(1)
