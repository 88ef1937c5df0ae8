import sys
print("a")
sys.stdout.close()
checks = [
    ("flush", sys.stdout.flush), ("isatty", sys.stdout.isatty), ("fileno", sys.stdout.fileno),
    ("readable", sys.stdout.readable), ("writable", sys.stdout.writable),
    ("seekable", sys.stdout.seekable), ("write", lambda: sys.stdout.write("x")),
    ("enter", lambda: sys.stdout.__enter__()), ("close again", sys.stdout.close),
    ("tell", lambda: sys.stdout.tell()), ("writelines", lambda: sys.stdout.writelines([])),
    ("encoding", lambda: sys.stdout.encoding), ("name", lambda: sys.stdout.name),
    ("closed", lambda: sys.stdout.closed), ("print", lambda: print("p")),
    ("repr", lambda: repr(sys.stdout)),
]
for name, f in checks:
    try:
        r = f()
        print(name, "ok", repr(r), file=sys.stderr)
    except Exception as e:
        print(name, type(e).__name__, e, file=sys.stderr)
with sys.stdin as s:
    print("stdin entered", s.name, file=sys.stderr)
print("stdin closed:", sys.stdin.closed, file=sys.stderr)
try:
    input()
except ValueError as e:
    print("input:", e, file=sys.stderr)
try:
    sys.stdin.readline()
except ValueError as e:
    print("readline:", e, file=sys.stderr)
raise KeyError("end")
