def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class GA(list):
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return super().__getattribute__(name)
g = GA([1])
t(lambda: g.secret)
t(lambda: g.append(2) or g)
t(lambda: len(g))
class SA(str):
    def __setattr__(self, k, v):
        print("setattr", k, v)
        super().__setattr__(k, v)
s = SA("x")
s.tag = 1
t(lambda: s.tag)
t(lambda: s.__dict__)
class H(int):
    def __eq__(self, o): return int(self) % 10 == int(o) % 10
t(lambda: hash(H(1)))
t(lambda: H(11) == 1)
class H2(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
t(lambda: {H2("a"): 1}["a"])
t(lambda: {"a": 1}[H2("a")])
t(lambda: H2("a") in {"a"})
t(lambda: "a" in {H2("a")})
class Sub(dict):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub2(Sub, flag=1):
    pass
t(lambda: Sub2(a=1))
t(lambda: list[int]([1, 2]))
t(lambda: type(list[int]([1, 2])))
t(lambda: dict[str, int](a=1))
t(lambda: tuple[int, ...]((1, 2)))
class GL(list[int]):
    pass
t(lambda: GL([1]))
t(lambda: GL.__bases__)
t(lambda: GL.__orig_bases__)
class Cls(list):
    def append(self, x):
        super().append(x * 2)
c = Cls()
c.append(1)
c.extend([5])
c += [7]
c.insert(0, 9)
t(lambda: c)
class DefaultList(list):
    def __getitem__(self, i):
        try:
            return super().__getitem__(i)
        except IndexError:
            return None
dl = DefaultList([1, 2])
t(lambda: dl[5])
t(lambda: dl[0:5])
t(lambda: dl[-1])
class Immut(tuple):
    __slots__ = ()
    def __setattr__(self, k, v):
        raise AttributeError("immutable")
t(lambda: setattr(Immut(), "x", 1))
t(lambda: Immut((1,)).__class__.__name__)
class Bag(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
b = Bag(x=1)
b.y = 2
t(lambda: (b.x, b.y, b))
t(lambda: b.z)
t(lambda: getattr(b, "z", "dflt"))
t(lambda: hasattr(b, "keys"))
t(lambda: vars(b))
import json
t(lambda: json.dumps(b))
t(lambda: json.dumps(GL([1, 2])))
t(lambda: json.dumps(SA("q")))
t(lambda: json.dumps({SA("k"): H(3)}))
t(lambda: json.dumps(Immut((1, 2))))
class FI(float):
    def __repr__(self): return "FI"
t(lambda: json.dumps(FI(1.5)))
t(lambda: json.dumps([True, H(5)]))
class ES(str):
    def __str__(self): return "ES"
t(lambda: json.dumps(ES("v")))
t(lambda: json.dumps({ES("k"): 1}))
t(lambda: json.loads("[1]", object_pairs_hook=Bag))
t(lambda: json.loads('{"a": {"b": 1}}', object_hook=Bag))
t(lambda: json.loads('1.5', parse_float=FI))
