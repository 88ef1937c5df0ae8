def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class OnlyKeys(dict):
    def keys(self):
        print("keys")
        return ["a"]
class OnlyGet(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return 0
class OnlyIter(dict):
    def __iter__(self):
        print("iter")
        return iter(["a"])
class KeysGet(dict):
    def keys(self):
        print("keys")
        return ["a", "z"]
    def __getitem__(self, k):
        print("getitem", k)
        return k.upper()
def f(**kw): return kw
for C in (OnlyKeys, OnlyGet, OnlyIter, KeysGet):
    print("--", C.__name__)
    d = C(a=1, b=2)
    t(lambda: dict(d))
    t(lambda: {**d})
    t(lambda: f(**d))
    x = {}
    x.update(d)
    print(x)
    x = {}
    x |= d
    print(x)
    t(lambda: {} | d)
    t(lambda: d | {})
    t(lambda: dict(d, c=3))
    t(lambda: list(d.items()))
    t(lambda: d.copy())
    t(lambda: sorted(set(d)))
    t(lambda: list(d))
    t(lambda: d == {"a": 1, "b": 2})
    import collections
    t(lambda: collections.OrderedDict(d))
    t(lambda: collections.ChainMap(d)["a"])
class Mapping:
    def keys(self): return ["p", "q"]
    def __getitem__(self, k): return k * 2
t(lambda: dict(Mapping()))
t(lambda: {**Mapping()})
t(lambda: f(**Mapping()))
x = {}
x.update(Mapping())
t(lambda: x)
t(lambda: {} | Mapping())
class KeysOnly:
    def keys(self): return [1]
t(lambda: dict(KeysOnly()))
t(lambda: {**KeysOnly()})
t(lambda: f(**KeysOnly()))
t(lambda: f(**{1: 2}))
t(lambda: f(**{"a": 1}, **{"a": 2}))
t(lambda: f(a=1, **{"a": 2}))
t(lambda: {**[1]})
t(lambda: f(**[1]))
t(lambda: f(*1))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict([1]))
t(lambda: dict(["ab"]))
t(lambda: dict([[1, 2]]))
t(lambda: dict(1))
t(lambda: dict({1: 2}, {3: 4}))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys([1], 2, 3))
t(lambda: {}.update([(1, 2)], x=3))
t(lambda: {}.update(1))
t(lambda: {}.update({}, {}))
t(lambda: {}.pop())
t(lambda: {}.pop(1))
t(lambda: {}.pop([]))
t(lambda: {}.popitem())
t(lambda: {}.setdefault())
t(lambda: {}.get())
t(lambda: {}.get(1, 2, 3))
t(lambda: {}[[]])
t(lambda: {}.__getitem__(1))
t(lambda: {1: 2}.__contains__([]))
t(lambda: {1: 2} < {1: 2})
t(lambda: {1: 2} | [1])
t(lambda: {1: 2}.__or__([1]))
def ior():
    x = {1: 2}
    x |= [(3, 4)]
    return x
t(ior)
def ior2():
    x = {1: 2}
    x |= 5
    return x
t(ior2)
d = {1: 1}
d.update(d); print(d)
d |= d; print(d)
