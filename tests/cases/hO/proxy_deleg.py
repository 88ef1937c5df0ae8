class Proxy:
    __slots__ = ("_target", "_log")
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
    def __repr__(self):
        return f"Proxy({self._target!r})"
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p, p._log)
try:
    len(p)
except TypeError as e:
    print(e)
try:
    p[0]
except TypeError as e:
    print(e)
try:
    iter(p)
except TypeError as e:
    print(e)
try:
    p + [1]
except TypeError as e:
    print(e)
print(p.__len__(), p.__getitem__(0), p._log[-2:])
class Target:
    pass
t = Target()
pt = Proxy(t)
pt.x = 5
print(t.x, pt.x)
try:
    pt.missing
except AttributeError as e:
    print(e)
def make_dunder(name):
    def method(self, *args):
        return getattr(self._target, name)(*args)
    method.__name__ = name
    return method
class FullProxy(Proxy):
    __slots__ = ()
    for _n in ("__len__", "__getitem__", "__iter__", "__contains__", "__add__", "__eq__"):
        locals()[_n] = make_dunder(_n)
    del _n
fp = FullProxy([1, 2, 3])
print(len(fp), fp[1], list(fp), 2 in fp, fp + [4], fp == [1, 2, 3], fp.__len__.__name__)
print(sorted(k for k in FullProxy.__dict__ if not k.startswith("_") or k.startswith("__l")))
print(FullProxy.__slots__, FullProxy.__mro__[1].__slots__)
