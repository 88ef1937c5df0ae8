class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o):
        if not isinstance(o, V): return NotImplemented
        return V(*(a + b for a, b in zip(self.c, o.c)))
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self): return V(*(-a for a in self.c))
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __iadd__(self, o):
        print("iadd")
        return self + o
print(V(1, 2) + V(3, 4), 3 * V(1, 2), V(1, 2) * 3, -V(1, 2), abs(V(3, 4)), bool(V(0, 0)))
print(sum([V(1, 1), V(2, 2)]), V(1, 2) @ V(3, 4), list(V(5, 6)), 5 in V(5, 6), V(1)[-1:])
v = V(1); v += V(2); print(v)
print(V(1) == V(1), V(1) != V(2), V(1) == 1, hash(V) is not None)
try: hash(V(1))
except TypeError as e: print(e)
try: V(1) + 1
except TypeError as e: print(e)
try: 1 + V(1)
except TypeError as e: print(e)
try: V(1) - V(1)
except TypeError as e: print(e)
try: V(1) < V(2)
except TypeError as e: print(e)
try: "a" * V(1)
except TypeError as e: print(e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class BigLen:
    def __len__(self): return 2**70
try: len(BigLen())
except OverflowError as e: print(e)
class StrLen:
    def __len__(self): return "3"
try: len(StrLen())
except TypeError as e: print(e)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx():], hex(Idx()), range(Idx()), bin(Idx()), (1, 2, 3, 4)[Idx():Idx() + 1])
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(GetItemOnly()), 20 in GetItemOnly(), 25 in GetItemOnly())
class NoIter:
    __iter__ = None
try: iter(NoIter())
except TypeError as e: print(e)
try: iter(5)
except TypeError as e: print(e)
try: next([1])
except TypeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
try: 5()
except TypeError as e: print(e)
try: None.x
except AttributeError as e: print(e)
try: [].nope
except AttributeError as e: print(e)
try: (1).real = 5
except AttributeError as e: print(e)
try: object().x = 1
except AttributeError as e: print(e)
try: "abc"[5]
except IndexError as e: print(e)
try: [][0]
except IndexError as e: print(e)
try: (1,)[2]
except IndexError as e: print(e)
try: {}["k"]
except KeyError as e: print(repr(e))
try: "abc"["x"]
except TypeError as e: print(e)
try: [1]["x"]
except TypeError as e: print(e)
try: 1[0]
except TypeError as e: print(e)
try: del (1,)[0]
except TypeError as e: print(e)
try: {}[[]]
except TypeError as e: print(e)
try: {[]}
except TypeError as e: print(e)
try: "a" + 1
except TypeError as e: print(e)
try: 1 + "a"
except TypeError as e: print(e)
try: [1] + (1,)
except TypeError as e: print(e)
try: -"a"
except TypeError as e: print(e)
try: ~1.5
except TypeError as e: print(e)
try: 1 < "a"
except TypeError as e: print(e)
try: None > None
except TypeError as e: print(e)
try: int("x", 2)
except ValueError as e: print(e)
try: int(None)
except TypeError as e: print(e)
try: float("abc")
except ValueError as e: print(e)
try: [].pop()
except IndexError as e: print(e)
try: [1].remove(2)
except ValueError as e: print(e)
try: [1].index(2)
except ValueError as e: print(e)
try: "abc".index("z")
except ValueError as e: print(e)
try: {}.popitem()
except KeyError as e: print(e)
try: set().pop()
except KeyError as e: print(e)
try: 2 ** 10000.0
except OverflowError as e: print(e)
try: 10 % 0
except ZeroDivisionError as e: print(e)
try: 10.0 / 0
except ZeroDivisionError as e: print(e)
try: divmod(1, 0)
except ZeroDivisionError as e: print(e)
try: 0 ** -1
except ZeroDivisionError as e: print(e)
try: import nonexistent_mod_xyz
except ModuleNotFoundError as e: print(e, e.name)
try: from os import nonexistent_name
except ImportError as e: print(e)
try: chr(-1)
except ValueError as e: print(e)
try: range(1, 2, 0)
except ValueError as e: print(e)
try: "{}{}".format(1)
except IndexError as e: print(e)
try: "{x}".format(y=1)
except KeyError as e: print(repr(e))
try: "%d" % "s"
except TypeError as e: print(e)
try: "%s %s" % (1,)
except TypeError as e: print(e)
try: "%s" % (1, 2)
except TypeError as e: print(e)
try: sorted([1, "a"])
except TypeError as e: print(e)
try: dict([(1, 2, 3)])
except ValueError as e: print(e)
try: dict([1])
except TypeError as e: print(e)
try: getattr(1, "x")
except AttributeError as e: print(e)
try: isinstance(1, 1)
except TypeError as e: print(e)
try: issubclass(1, int)
except TypeError as e: print(e)
try: super()
except RuntimeError as e: print(e)
try: abs("x")
except TypeError as e: print(e)
try: round("x")
except TypeError as e: print(e)
try: sum(["a", "b"], "")
except TypeError as e: print(e)
try: max([])
except ValueError as e: print(e)
try: zip(1)
except TypeError as e: print(e)
try: enumerate(None)
except TypeError as e: print(e)
print(list(zip([1, 2], "ab", strict=True)))
try: list(zip([1, 2], "a", strict=True))
except ValueError as e: print(e)
try: list(zip([1], "ab", strict=True))
except ValueError as e: print(e)
