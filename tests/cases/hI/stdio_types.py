import io, sys
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase), isinstance(sys.stdin, io.TextIOWrapper), isinstance(sys.stderr, io.TextIOWrapper))
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.encoding, sys.stdout.writable(), sys.stdout.readable(), sys.stdout.closed)
for name, f in [("readline", lambda: sys.stdout.readline()), ("read", lambda: sys.stdout.read()), ("write-stdin", lambda: sys.stdin.write("x"))]:
    try: print(name, f())
    except io.UnsupportedOperation as e: print(name, "UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
sys.stdout.writelines(["a\n", "b\n"])
try: sys.stdout.writelines([1])
except TypeError as e: print("TypeError", e)
print(sys.stdout.write("xyz\n"))
