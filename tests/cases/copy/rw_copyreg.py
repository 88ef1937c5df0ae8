# copyreg: reduce tuples of object.__reduce_ex__, slots, getnewargs(_ex), extension registry
import copy
import copyreg

class Plain:
    def __init__(self):
        self.a = 1

class Slotted:
    __slots__ = ('x', '__priv', 'unset')
    def __init__(self):
        self.x = 5
        self.__priv = 6

class _Under:
    __slots__ = ('__h',)

class WithArgs(int):
    def __new__(cls, v, *, tag='t'):
        self = int.__new__(cls, v)
        self.tag = tag
        return self
    def __getnewargs_ex__(self):
        return (int(self),), {'tag': self.tag}

class OldArgs(tuple):
    def __getnewargs__(self):
        return (tuple(self),)

class MyList(list):
    pass

class MyDict(dict):
    pass

def show(r):
    f, args, *rest = r
    return (f.__name__, [a.__name__ if isinstance(a, type) else a for a in args],
            [list(x) if hasattr(x, '__next__') else x for x in rest])

print(show(Plain().__reduce_ex__(2)), show(Plain().__reduce_ex__(0)), Plain().__reduce__()[0].__name__)
print(show(Slotted().__reduce_ex__(2)), copyreg._slotnames(Slotted), copyreg._slotnames(_Under), Slotted.__slotnames__)
print(show(WithArgs(3, tag='q').__reduce_ex__(2)), show(OldArgs((1, 2)).__reduce_ex__(3)))
ml = MyList([1, 2]); ml.attr = 'x'
md = MyDict(a=1)
print(show(ml.__reduce_ex__(2)), show(md.__reduce_ex__(4)), show(bytearray(b'ab').__reduce_ex__(2)), show(bytearray(b'\xff').__reduce_ex__(3)), show(bytearray(b'c').__reduce__()))
c = copy.copy(WithArgs(9, tag='z')); print(c, c.tag, copy.deepcopy(ml), copy.deepcopy(ml).attr)
for bad in (lambda: Slotted().__reduce_ex__(1), lambda: copyreg.pickle(int, 5), lambda: copyreg.constructor(3)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
class BadEx:
    def __init__(self, r):
        self.r = r
    def __getnewargs_ex__(self):
        return self.r
for r in ([], (1,), ([], {}), ((), [])):
    try:
        BadEx(r).__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Pt:
    def __init__(self, x):
        self.x = x
copyreg.pickle(Pt, lambda p: (Pt, (p.x * 10,)))
print(copy.copy(Pt(2)).x, copy.deepcopy(Pt(3)).x, copyreg.dispatch_table[complex](3+4j))
copyreg.add_extension('m', 'n', 100)
copyreg.add_extension('m', 'n', 100)
for f in (lambda: copyreg.add_extension('m', 'n', 101), lambda: copyreg.add_extension('m', 'o', 100),
          lambda: copyreg.add_extension('m', 'o', 0), lambda: copyreg.remove_extension('m', 'n', 5)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
copyreg.remove_extension('m', 'n', 100)
print(copyreg._extension_registry, copyreg._inverted_registry)
