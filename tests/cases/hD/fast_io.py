# Competitive-programming style I/O through the binary layers of the standard streams.
import sys
import io

if sys.stdin.isatty():  # run from a terminal: nothing to compare
    sys.exit(0)

inp = sys.stdin.buffer
print(type(inp).__name__, repr(inp), inp.mode, inp.name, inp.readable(), inp.writable())
print(inp is sys.stdin.buffer, sys.stdout.buffer is sys.stdout.buffer)
readline = sys.stdin.buffer.readline
print(readline(), readline(5), inp.read(), inp.read(10), inp.readlines(), list(inp), inp.read1(3))

out = sys.stdout.buffer
print("text first")
n = out.write(b"then bytes \xc3\xa9\n")
print("count", n)
out.write(bytearray(b"a bytearray\n"))
out.write(memoryview(b"a memoryview\n"))
print(out.writable(), out.readable(), out.name, out.mode)
res = [i * i for i in range(10)]
out.write(("\n".join(map(str, res)) + "\n").encode())
out.write(" ".join(map(str, res)).encode() + b"\n")
for bad in ("text", 7, None):
    try:
        out.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys.stdin.buffer.write(b"x")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
out.flush()
sys.stderr.buffer.write(b"to stderr\n")
sys.stdout.write("last via text\n")
out.write(b"last via bytes\n")
