class BA(bytearray):
    def __init__(self, x, y):
        print("init", x, y)
print(BA(b"abc", 1))
class BB(bytearray):
    def __init__(self, x):
        super().__init__(x + b"!")
print(BB(b"abc"))
class BC(bytearray):
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, n):
        super().__init__(n)
print(BC(3))
print(bytearray.__new__(bytearray, b"abc"), bytearray.__new__(bytearray))
b = bytearray(b"xyz")
b.__init__("é", "utf-8"); print(b)
try:
    b.__init__(-1)
except ValueError as e:
    print("ValueError", e, b)
try:
    b.__init__("s")
except TypeError as e:
    print("TypeError", e, b)
for f in [lambda: bytearray.__init__(5), lambda: bytearray.__init__(), lambda: list.__init__(5), lambda: bytearray.__init__(bytearray(), 1, 2, 3, 4), lambda: bytearray.__init__(bytearray(), x=1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
