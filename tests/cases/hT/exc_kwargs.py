class E(Exception):
    def __new__(cls, *a, **k): return super().__new__(cls, *a)
for f in [lambda: E(x=1), lambda: Exception(x=1), lambda: ValueError("a", b=2), lambda: BaseException.__new__(BaseException, x=1)]:
    try:
        print(repr(f()))
    except TypeError as e:
        print(e)
class F(Exception):
    def __init__(self, *a, **k): super().__init__(*a)
print(repr(F(1, k=2)))
