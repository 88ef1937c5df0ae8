import math
class LoggingNS(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"): print("ns set", k, v if not callable(v) else "<fn>")
        super().__setitem__(k, v)
    def __getitem__(self, k):
        if not k.startswith("__"): print("ns get", k)
        return super().__getitem__(k)
    def __missing__(self, k):
        print("ns missing", k)
        raise KeyError(k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return LoggingNS()
    def __new__(mcls, name, bases, ns):
        print("ns type in __new__", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Meta):
    a = 1
    b = a + 1
    def m(self): return b
    a += 10
    print("len via builtin", len("xy"))
print(C.a, C.b, type(C.__dict__).__name__)
class AutoNS(dict):
    def __missing__(self, k):
        if k.startswith("auto_"): return k[5:]
        raise KeyError(k)
class AutoMeta(type):
    def __prepare__(name, bases): return AutoNS()
class D(metaclass=AutoMeta):
    x = auto_hello
print(D.x)
class Inst:
    pass
i = Inst()
i.__len__ = lambda: 5
i.__repr__ = lambda: "instance repr"
i.__str__ = lambda: "instance str"
i.__call__ = lambda: 1
i.__iter__ = lambda: iter([1])
try: len(i)
except TypeError as e: print("TypeError", e)
print(repr(i).startswith("<__main__.Inst object"), str(i).startswith("<"), i.__len__())
try: iter(i)
except TypeError as e: print("TypeError", e)
class WithEnter: pass
w = WithEnter(); w.__enter__ = lambda: 1; w.__exit__ = lambda *a: None
try:
    with w: pass
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class Rev:
    def __reversed__(self): return iter("zyx")
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())), list(Rev()) if False else "", list(reversed([1, 2])))
class SeqOnly:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 2
print(list(reversed(SeqOnly())))
try: reversed(5)
except TypeError as e: print("TypeError", e)
class NoLen:
    def __getitem__(self, i): return i
try: reversed(NoLen())
except TypeError as e: print("TypeError", e)
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try: reversed(RevNone())
except TypeError as e: print("TypeError", e)
class LH:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 1000
print(list(LH()))
import operator
print(operator.length_hint(LH()), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 7))
class Num:
    def __round__(self, n=None): return ("round", n)
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __trunc__(self): return "trunc"
    def __bytes__(self): return b"bytes!"
    def __complex__(self): return 2j
    def __float__(self): return 1.25
    def __index__(self): return 3
print(round(Num()), round(Num(), 2), math.floor(Num()), math.ceil(Num()), math.trunc(Num()), bytes(Num()), complex(Num()), float(Num()), int(Num()))
class BadBytes:
    def __bytes__(self): return "str"
try: bytes(BadBytes())
except TypeError as e: print("TypeError", e)
class BadFloat:
    def __float__(self): return 1
try: float(BadFloat())
except TypeError as e: print("TypeError", e)
class IPow:
    def __ipow__(self, o): return ("ipow", o)
x = IPow(); x **= 2; print(x)
class Sub:
    def __sub__(self, o): return "sub"
    def __isub__(self, o): return NotImplemented
y = Sub(); y -= 1; print(y)
class GetItemSlice:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("setitem", k, v)
    def __delitem__(self, k): print("delitem", k)
g = GetItemSlice()
print(g[1:2], g[::], g[1:2:3], g[:, :], g[..., 1])
g[1:2] = "v"; del g[::2]; g[()] = 0; del g[1, 2]
class NoSet:
    def __getitem__(self, k): return k
try: NoSet()[0] = 1
except TypeError as e: print("TypeError", e)
try: del NoSet()[0]
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: NoSet.__len__
except AttributeError as e: print("AttributeError", e)
class Meta2(type):
    def __len__(cls): return 10
    def __getattr__(cls, n): return "meta-getattr:" + n
class E2(metaclass=Meta2): pass
print(len(E2), E2.whatever)
try: E2().whatever
except AttributeError as e: print("AttributeError", e)
class GetAttribute(type):
    def __getattribute__(cls, n):
        if n == "magic": return "meta-getattribute"
        return super().__getattribute__(n)
class F2(metaclass=GetAttribute): x = 1
print(F2.magic, F2.x)
class Hashy:
    def __hash__(self): return 1
    def __eq__(self, o): print("eq called"); return True
s = {Hashy()}
print(Hashy() in s, len({Hashy(), Hashy()}))
