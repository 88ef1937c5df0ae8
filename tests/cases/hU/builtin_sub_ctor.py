class MyInt(int):
    def __init__(self, v, extra=None):
        self.extra = extra
for args in ((5,), (5, 1), ("5", 8), ("z", 36)):
    try:
        m = MyInt(*args)
        print(m, m.extra)
    except Exception as e:
        print(type(e).__name__, e)
try:
    MyInt(5, extra=1)
except Exception as e:
    print(type(e).__name__, e)
class MyStr(str):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
s = MyStr("hi", "t")
print(s, s.tag, s.upper(), type(s.upper()).__name__, type(s + "x").__name__, type(s[:1]).__name__)
try:
    MyStr("hi")
except Exception as e:
    print(type(e).__name__, e)
class MyList(list):
    def __init__(self, *args):
        super().__init__(args)
ml = MyList(1, 2, 3)
print(ml, type(ml[:1]).__name__, type(ml + ml).__name__, type(ml * 2).__name__, ml.copy().__class__.__name__)
class MyDict(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = True
md = MyDict(a=1)
print(md, md.extra, type(md.copy()).__name__, type(MyDict.fromkeys([1])).__name__, type(md | {}).__name__)
class MyTuple(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
mt = MyTuple(1, 2)
print(mt, type(mt[:1]).__name__, type(mt + mt).__name__, len(mt))
class MyFloat(float):
    def __new__(cls, v=0.0, unit="m"):
        o = super().__new__(cls, v)
        o.unit = unit
        return o
    def __repr__(self):
        return f"{float(self)}{self.unit}"
mf = MyFloat(2.5, "s")
print(mf, mf * 2, type(mf * 2).__name__, repr(MyFloat()), type(-mf).__name__, type(abs(mf)).__name__)
class MySet(set):
    pass
ms = MySet([1, 2])
print(type(ms | {3}).__name__, type(ms.copy()).__name__, type(ms - {1}).__name__, ms)
class MyBytes(bytes):
    pass
mb = MyBytes(b"ab")
print(mb, type(mb[:1]).__name__, type(mb + b"c").__name__, type(mb.upper()).__name__)
class MyComplex(complex):
    pass
print(type(MyComplex(1, 2) + 1).__name__, MyComplex(1, 2))
class MyBool:
    pass
try:
    class B2(bool): pass
except TypeError as e:
    print(e)
class MyRange:
    pass
for base in (range, slice, type(None), type(NotImplemented), type(...), memoryview, type(len), type(lambda: 0)):
    try:
        type("X", (base,), {})
        print("ok", base.__name__)
    except TypeError as e:
        print(e)
