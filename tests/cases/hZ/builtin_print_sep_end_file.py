import io, sys
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print("x", end="")
print()
print(1, 2, 3, sep=", ", end=".\n")
buf = io.StringIO()
print("into", "buf", file=buf, sep="|")
print(repr(buf.getvalue()))
print(file=None)
print("to stdout", file=sys.stdout, flush=True)
for kw in ({"sep": 5}, {"end": 1}, {"file": 5}, {"bogus": 1}):
    try:
        print("z", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self): return "S!"
print(S(), [S()] == [], None, True, 1.0, 1j, b"b", sep=" ~ ")
print(*range(4))
sys.stdout.write("written\n")
print(sys.stdout.write("abc"))
