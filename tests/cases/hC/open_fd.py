import sys
f = open(0)
print(f.name, f.mode, f.readable(), f.writable(), f.closed, f.fileno(), type(f).__name__, type(f.buffer).__name__)
f.close()
print(f.closed)
try:
    open(0)
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    open(-3)
except ValueError as e:
    print(e)
try:
    open(99)
except OSError as e:
    print(e)
print("before", flush=True)
with open(1, "w", closefd=False) as o:
    print(o.name, o.mode, file=sys.stderr)
    o.write("via fd 1\n")
b = open(1, "wb", closefd=False)
b.write(b"bytes via fd 1\n"); b.flush()
print("after")
