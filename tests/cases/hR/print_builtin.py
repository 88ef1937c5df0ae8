import sys
print()
print(1, 2, 3)
print(1, 2, 3, sep=None, end=None)
print(1, 2, sep="")
print("a", "b", sep="--", end="!\n")
print("no newline", end="")
print()
print(*[], sep="x")
print(*"abc", sep=", ")
for kw in [dict(sep=1), dict(end=2), dict(sep=b"x"), dict(file=5), dict(foo=1), dict(flush=1)]:
    try:
        print("x", **kw)
    except Exception as e:
        print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("hello", 42, [1], file=w)
print("x", file=w, sep="|", end="")
print(w.parts)
class WF(W):
    def flush(self):
        self.parts.append("<flush>")
w = WF()
print("a", file=w, flush=True)
print("b", file=w, flush=False)
print(w.parts)
print("to stderr", file=sys.stderr)
print("none file", file=None)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except Exception as e:
    print(type(e).__name__, e)
class BadWrite:
    def write(self, s):
        raise ValueError("cannot write " + repr(s))
try:
    print("abc", file=BadWrite())
except Exception as e:
    print(type(e).__name__, e)
class StrSub(str):
    pass
print("a", "b", sep=StrSub("+"), end=StrSub(".\n"))
class S:
    def __str__(self):
        return "S!"
print(S(), None, True, 1.0, 1e100, -0.0, 2j, b"b", "q", ..., NotImplemented)
print(1, flush=True)
import io
buf = io.StringIO()
print("in", "buffer", file=buf, sep="_")
print(repr(buf.getvalue()))
class NoFlush:
    def write(self, s):
        pass
try:
    print("x", file=NoFlush(), flush=True)
except Exception as e:
    print(type(e).__name__, e)
print("end", end="\n\n")
print("\t tab")
