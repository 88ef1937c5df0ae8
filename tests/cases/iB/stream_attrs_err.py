import sys, io
for s in (sys.stdout, sys.stderr, sys.stdin):
    print(s.name, s.mode, s.encoding, s.isatty(), s.writable(), s.readable(), s.closed)
print(type(sys.stderr).__name__, sys.stderr.errors)
print(sys.stderr.write("abc\n"))
print(sys.stdout.write("é\n"))
print(sys.stderr.buffer.write(b"raw bytes\n"))
sys.stderr.flush()
print(sys.__stderr__ is sys.stderr, sys.__stdout__ is sys.stdout)
print(sys.stderr.fileno(), sys.stdout.fileno())
try:
    sys.stderr.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
for call in (lambda: print("x", file=sys.stdin), lambda: sys.stdin.write("x"),
             lambda: sys.stdout.read(), lambda: sys.stderr.readline()):
    try:
        call()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
print("tail", file=sys.stderr, end="!\n")
sys.stderr.writelines(["a\n", "b\n"])
print(repr(sys.stdout.newlines), sys.stdout.readable())
raise SystemExit("bye " + "é")
