# __slots__ on subclasses of builtin types other than object
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class Stack(list):
    __slots__ = ("name", "limit")
    def __init__(self, name, limit=3):
        super().__init__()
        self.name = name
        self.limit = limit
    def push(self, x):
        if len(self) >= self.limit:
            raise OverflowError(f"{self.name} is full")
        self.append(x)
s = Stack("s1")
s.push(1); s.push(2)
print(s, s.name, s.limit, len(s))
t(lambda: [s.push(i) for i in range(5)])
t(lambda: Stack.name)
t(lambda: type(Stack.name).__name__)
del s.limit
t(lambda: s.limit)
class Err(Exception):
    __slots__ = ("code",)
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise Err("bad", 42)
except Err as e:
    print(e, e.code, e.args)
e = Err("x", 1)
t(lambda: repr(e))
class Reg(dict):
    __slots__ = ("default",)
r = Reg(a=1)
t(lambda: r.default)
r.default = 0
print(r, r.default, r.get("b", r.default))
class Tag(str):
    __slots__ = ("kind",)
tg = Tag("hello")
tg.kind = "greeting"
print(tg, tg.kind, tg.upper(), len(tg))
class Meter(float):
    __slots__ = ("unit",)
m = Meter(2.5); m.unit = "m"
print(m, m.unit, m * 2)
class Sub(Stack):
    __slots__ = ("extra",)
x = Sub("sub", 1)
x.extra = "e"
print(x.name, x.extra, x.limit)
t(lambda: x.push(1) or x)
t(lambda: x.push(2))
