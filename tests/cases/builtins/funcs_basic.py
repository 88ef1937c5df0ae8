# builtin functions: argument handling, results and error messages
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# abs
for v in [0, -5, 5, -2**63, -2**100, -1.5, -0.0, float("-inf"), 3+4j, True, False]:
    show(lambda: abs(v))
show(lambda: abs("a"))
show(lambda: abs())
show(lambda: abs(1, 2))
class A:
    def __abs__(self): return "abs!"
show(lambda: abs(A()))
class MyI(int): pass
show(lambda: abs(MyI(-3)))
show(lambda: type(abs(MyI(-3))).__name__)

# all / any
show(lambda: all([]))
show(lambda: all([1, 2, 0]))
show(lambda: any([0, "", None]))
show(lambda: any(x > 2 for x in range(5)))
show(lambda: all(5))
show(lambda: any())
show(lambda: all(x=[1]))

# ascii / repr
show(lambda: ascii("héllo\u20ac\U0001f600\n"))
show(lambda: ascii([1, "é"]))
show(lambda: repr("a'b\"c"))
show(lambda: repr())

# bin/oct/hex done in numbers; callable
show(lambda: (callable(len), callable(1), callable(A), callable(A()), callable(lambda: 0), callable([].append)))
class CC:
    def __call__(self): pass
show(lambda: callable(CC()))

# chr / ord
for v in [0, 65, 0x110000, -1, 2**31, 2**63, 2**100, 65.0, "a", True, 0x4e2d]:
    show(lambda: chr(v))
for v in ["a", "é", "\U0001f600", "", "ab", b"a", b"ab", bytearray(b"z"), 5, None]:
    show(lambda: ord(v))

# divmod
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0), (7.0, 0), (2**70, 3), (1j, 2), ("a", 1), (1, "a")]:
    show(lambda: divmod(a, b))
class DM:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
show(lambda: divmod(DM(), 1))
show(lambda: divmod(1, DM()))
show(lambda: divmod(1))

# format
show(lambda: format(3.14159, ".2f"))
show(lambda: format(42))
show(lambda: format(42, "x"))
show(lambda: format("s", "^5"))
show(lambda: format(1, 2))
show(lambda: format(object(), "x"))
show(lambda: format([1], ""))
show(lambda: format())

# getattr/setattr/delattr/hasattr
class O:
    x = 1
o = O()
show(lambda: getattr(o, "x"))
show(lambda: getattr(o, "y"))
show(lambda: getattr(o, "y", "dflt"))
show(lambda: getattr(o, 5))
show(lambda: getattr(o))
show(lambda: getattr(o, "x", 1, 2))
show(lambda: setattr(o, "y", 5))
show(lambda: o.y)
show(lambda: setattr(o, 1, 5))
show(lambda: setattr(1, "x", 5))
show(lambda: delattr(o, "y"))
show(lambda: delattr(o, "y"))
show(lambda: delattr(o, None))
show(lambda: hasattr(o, "x"))
show(lambda: hasattr(o, "zz"))
show(lambda: hasattr(o, 3))
class Raiser:
    @property
    def p(self): raise ValueError("boom")
show(lambda: hasattr(Raiser(), "p"))
show(lambda: getattr(Raiser(), "p", 1))
show(lambda: getattr(1, "real"))
show(lambda: getattr(1, "nope"))
show(lambda: getattr(None, "x"))
show(lambda: getattr(int, "nope"))

# hash
for v in [1, 1.0, True, -1, -1.0, 2**61, 1.5, "", (), (1, 2), (1, (2, 3)), frozenset(), frozenset([1, 2]), range(3), 1+0j]:
    show(lambda: hash(v))
for v in [[], {}, set(), bytearray(), slice(1), (1, []), {}.keys()]:
    show(lambda: hash(v))
class H:
    def __hash__(self): return 2**70
class H2:
    def __hash__(self): return -1
class H3:
    def __hash__(self): return "x"
class H4:
    __hash__ = None
class H5:
    def __eq__(self, o): return True
show(lambda: hash(H()))
show(lambda: hash(H2()))
show(lambda: hash(H3()))
show(lambda: hash(H4()))
show(lambda: hash(H5()))
show(lambda: hash(MyI(5)))

# id
x = []
show(lambda: id(x) == id(x))
show(lambda: id())

# isinstance / issubclass
show(lambda: isinstance(1, int))
show(lambda: isinstance(True, int))
show(lambda: isinstance(1, (str, (list, int))))
show(lambda: isinstance(1, "int"))
show(lambda: isinstance(1, (int, "x")))
show(lambda: isinstance(1, int | str))
show(lambda: issubclass(bool, int))
show(lambda: issubclass(bool, (str, int)))
show(lambda: issubclass(1, int))
show(lambda: issubclass(int, 1))
show(lambda: issubclass(int, object))
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is str
class WithMeta(metaclass=Meta): pass
show(lambda: isinstance(42, WithMeta))
show(lambda: isinstance(41, WithMeta))
show(lambda: issubclass(str, WithMeta))

# len
for v in ["abc", [1], (), {1: 2}, {1}, range(10), range(0, 10, 3), b"xy", range(2**70)]:
    show(lambda: len(v))
show(lambda: len(5))
class L:
    def __len__(self): return -1
class L2:
    def __len__(self): return 2**70
class L3:
    def __len__(self): return "3"
class L4:
    def __len__(self): return True
show(lambda: len(L()))
show(lambda: len(L2()))
show(lambda: len(L3()))
show(lambda: len(L4()))
