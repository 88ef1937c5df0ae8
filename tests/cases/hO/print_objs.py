import sys, io
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print("a", 1, None, sep="|", end="$\n", file=w)
print(file=w)
print("x", "y", sep=None, end=None, file=w)
print(w.parts)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError", e)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=b"")
except TypeError as e:
    print(e)
old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", [1, 2])
sys.stdout = old
print(repr(buf.getvalue()))
class Tee:
    def __init__(self, inner):
        self.inner = inner
        self.count = 0
    def write(self, s):
        self.count += 1
        return self.inner.write(s.upper())
    def flush(self):
        self.inner.flush()
sys.stdout = Tee(old)
print("through tee", 42)
t = sys.stdout
sys.stdout = old
print("writes:", t.count)
class S(str):
    def __str__(self):
        return "S.__str__"
print(S("raw"), str(S("raw")), f"{S('raw')}", "%s" % S("raw"), [S("raw")])
class R:
    def __str__(self):
        return S("returned-subclass")
r = str(R())
print(r, type(r).__name__)
print(*[1, 2, 3], sep=", ")
print(*"abc")
print()
print("", end="")
print("flush", flush=True)
sys.stdout.write("direct write\n")
print(sys.stdout.write("ret\n"))
sys.stderr.write("")
print(print.__name__, type(print).__name__, callable(print))
