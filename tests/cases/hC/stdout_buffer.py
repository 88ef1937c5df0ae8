import sys
out = sys.stdout.buffer
out.write(b"binary first line\n")
n = out.write(bytearray(b"bytearray\n")); out.write(memoryview(b"memoryview\n"))
out.write(("\n".join(str(i * i) for i in range(5)) + "\n").encode())
out.write("héllo wörld\n".encode("utf-8"))
out.flush()
print(n, sys.stdout.buffer is out, sys.stdout.buffer.name, sys.stdout.buffer.mode, sys.stdin.buffer.mode, out.writable(), out.readable(), sys.stdin.buffer.readable(), out.closed, out.fileno(), out.seekable())
print(repr(sys.stdin.buffer), type(sys.stdin.buffer).__name__)
try:
    out.write("text")
except TypeError as e:
    print(e)
try:
    sys.stdin.buffer.write(b"x")
except OSError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
out.write(b"last\n")
