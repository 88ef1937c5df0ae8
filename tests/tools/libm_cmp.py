"""Counts, per libm-backed math function, the arguments where an interpreter's result
differs from this python3's (CPython on Linux: glibc's libm).

    python3 tests/tools/libm_cmp.py [N] -- wasmtime run --dir .::. python.wasm

The same script runs under the interpreter given after `--` (it must be able to read this
file from its current directory) and under python3; then the outputs are compared.
"""
import math
import sys

seed = 987654321


def rnd():
    global seed
    seed = (seed * 25214903917 + 11) % (1 << 48)
    return seed / float(1 << 48)


def run(n):
    def uni(s):
        return [(rnd() * 2 - 1) * s for _ in range(n)]

    def logu(lo, hi):
        return [(-1) ** i * 2.0 ** (lo + (hi - lo) * rnd()) for i in range(n)]

    specs = [("sin", uni(10.0)), ("sin", uni(1e5)), ("cos", uni(10.0)), ("tan", uni(10.0)),
             ("asin", uni(1.0)), ("acos", uni(1.0)), ("atan", uni(10.0)), ("sinh", uni(30.0)),
             ("cosh", uni(30.0)), ("tanh", uni(20.0)), ("log10", [abs(v) for v in logu(-1000, 1000)]),
             ("expm1", uni(30.0)), ("exp", uni(700.0)), ("log1p", [abs(v) for v in logu(-30, 30)]),
             ("erf", uni(6.0)), ("erfc", uni(27.0))]
    for name, xs in specs:
        f = getattr(math, name)
        print(name, " ".join(repr(f(x)) for x in xs))
    ys, xs = uni(10.0), uni(10.0)
    print("atan2", " ".join(repr(math.atan2(y, x)) for y, x in zip(ys, xs)))


if __name__ == "__main__":
    argv = sys.argv[1:]
    n = int(argv[0]) if argv and argv[0] != "--" and argv[0] != "--run" else 20000
    if "--run" in argv:
        run(n)
    else:
        import os
        import subprocess

        cmd = argv[argv.index("--") + 1:]
        here = os.path.dirname(os.path.abspath(__file__))
        theirs = subprocess.run(cmd + [os.path.basename(__file__), str(n), "--run"],
                                capture_output=True, text=True, cwd=here).stdout.split("\n")
        if len(theirs) < 2:
            sys.exit("the interpreter printed nothing")
        ours = subprocess.run([sys.executable, __file__, str(n), "--run"], capture_output=True,
                              text=True).stdout.split("\n")
        for a, b in zip(ours, theirs):
            if a:
                a, b = a.split(), b.split()
                print(f"{a[0]:6} {sum(x != y for x, y in zip(a[1:], b[1:])):6} of {len(a) - 1}")
