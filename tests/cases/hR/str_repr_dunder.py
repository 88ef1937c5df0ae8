class R:
    def __repr__(self):
        return 42
class S:
    def __str__(self):
        return None
    def __repr__(self):
        return "S-repr"
class SR:
    def __repr__(self):
        return "SR()"
class Both:
    def __str__(self):
        return "str-both"
    def __repr__(self):
        return "repr-both"
class StrSub(str):
    pass
class RS:
    def __repr__(self):
        return StrSub("sub-repr")
    def __str__(self):
        return StrSub("sub-str")
for f in (str, repr, ascii, format):
    for o in (R(), S(), SR(), Both(), RS()):
        try:
            r = f(o)
            print(f.__name__, repr(r), type(r).__name__)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
try:
    print(R())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(S())
except Exception as e:
    print(type(e).__name__, e)
try:
    "%s" % S()
except Exception as e:
    print(type(e).__name__, e)
try:
    "%r" % R()
except Exception as e:
    print(type(e).__name__, e)
try:
    f"{R()!r}"
except Exception as e:
    print(type(e).__name__, e)
try:
    [R()].__repr__()
except Exception as e:
    print(type(e).__name__, e)
print([SR(), Both()], (Both(),), {1: Both()})
print(str(b"abc"), str(b"abc", "ascii"), str(b"\xff", "latin-1"), str(bytearray(b"x"), encoding="utf-8"))
try:
    str(b"\xff", "utf-8")
except Exception as e:
    print(type(e).__name__, e)
print(str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", errors="ignore"))
try:
    str("abc", "utf-8")
except Exception as e:
    print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    str(object=1, foo=2)
except Exception as e:
    print(type(e).__name__, e)
print(str(object="kw"), repr(str()), str(None), str(...), str(NotImplemented))
print(ascii("héllo\n\x00\u20ac\U0001f600"), repr("tab\there'\""), repr('a"b'), repr("a'b\"c"))
print(repr("\x7f\x80\xa0\xad"), ascii(b"\xff"), repr(StrSub("q")))
x = []
x.append(x)
print(x, repr(x))
d = {}
d[1] = d
print(d)
class Rec:
    def __repr__(self):
        return repr(self)
try:
    repr(Rec())
except RecursionError as e:
    print("RecursionError")
