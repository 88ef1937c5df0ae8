class R:
    def __repr__(self):
        return 5
class S:
    def __str__(self):
        return ["x"]
class RS(str):
    pass
class Good:
    def __repr__(self):
        return RS("subclass-repr")
for f in (lambda: repr(R()), lambda: str(R()), lambda: str(S()), lambda: f"{S()}", lambda: print(S()),
          lambda: "%s" % S(), lambda: "%r" % R(), lambda: format(S(), ""), lambda: [R()].__repr__(),
          lambda: repr({1: R()}), lambda: str([S()])[:15]):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(Good()), type(repr(Good())).__name__)
print(str(S.__str__) is not None)
class StrOnly:
    def __str__(self):
        return "str-only"
print(repr(StrOnly()).startswith("<__main__.StrOnly object"), str(StrOnly()), f"{StrOnly()!r}"[:10])
class ReprOnly:
    def __repr__(self):
        return "repr-only"
print(str(ReprOnly()), f"{ReprOnly()}", [ReprOnly()], (ReprOnly(),), {ReprOnly()})
class Recur:
    def __repr__(self):
        return f"Recur({self!r})"
try:
    repr(Recur())
except RecursionError as e:
    print("RecursionError", str(e)[:35])
l = [1]
l.append(l)
d = {}
d['self'] = d
print(l, d)
class Rstr(str):
    def __str__(self):
        return "overridden"
    def __repr__(self):
        return "Rstr-repr"
r = Rstr("base")
print(r, str(r), repr(r), f"{r}", "%s" % r, [r], r + "!", r.upper(), format(r, ">6"))
class Rint(int):
    def __repr__(self):
        return "Rint"
    def __str__(self):
        return "Rint-str"
i = Rint(3)
print(i, repr(i), f"{i}", f"{i:d}", "%d" % i, "%s" % i, str(i), [i], i + 1)
class Rfloat(float):
    def __repr__(self):
        return "Rfloat"
print(Rfloat(1.5), f"{Rfloat(1.5)}", f"{Rfloat(1.5):.2f}", str(Rfloat(1.5)))
class Fmt:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(f"{Fmt():>10}", "{:x}".format(Fmt()), "{0!s:5}".format(Fmt())[:5], format(Fmt(), ""))
try:
    format(Fmt(), 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__format__(Fmt(), "x")
except Exception as e:
    print(type(e).__name__, e)
