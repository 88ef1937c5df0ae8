#!/usr/bin/env python3
"""Quick differential runner for development: runs .py files under python3 and under a
wasipy `python` binary and compares stdout, exit status, and (for *_err.py files or files
containing '# compare: stderr') stderr.

usage: tests/difftest.py [--bin PATH] [-v] FILE_OR_DIR...
"""
import os
import subprocess
import sys

def run(cmd, path):
    try:
        p = subprocess.run(cmd + [os.path.basename(path)], capture_output=True, timeout=60,
                           cwd=os.path.dirname(os.path.abspath(path)))
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", b"", b""

def main():
    args = sys.argv[1:]
    # The newest of the release and debug builds.
    cands = [os.path.join(os.path.dirname(__file__), "..", "target", k, "python") for k in ("release", "debug")]
    cands = [c for c in cands if os.path.exists(c)] or cands[1:]
    binary = max(cands, key=lambda c: os.path.getmtime(c) if os.path.exists(c) else 0)
    verbose = False
    files = []
    while args:
        a = args.pop(0)
        if a == "--bin":
            binary = args.pop(0)
        elif a == "-v":
            verbose = True
        elif os.path.isdir(a):
            for root, _, names in os.walk(a):
                files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
        else:
            files.append(a)
    real = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                          capture_output=True, text=True).stdout.strip()
    failed = 0
    for f in sorted(files):
        src = open(f, encoding="utf-8", errors="replace").read()
        want = run([real, "-S"], f)
        got = run([os.path.abspath(binary)], f)
        check_err = f.endswith("_err.py") or "# compare: stderr" in src
        ok = want[0] == got[0] and want[1] == got[1] and (not check_err or want[2] == got[2])
        if not ok:
            failed += 1
            print(f"FAIL {f}")
            if verbose:
                import difflib
                if want[0] != got[0]:
                    print(f"  exit: want {want[0]} got {got[0]}")
                for name, i in (("stdout", 1), ("stderr", 2)):
                    if want[i] != got[i] and (i == 1 or check_err or verbose):
                        d = difflib.unified_diff(want[i].decode(errors="replace").splitlines(),
                                                 got[i].decode(errors="replace").splitlines(),
                                                 "python3 " + name, "wasipy " + name, lineterm="", n=1)
                        print("\n".join("  " + l for l in list(d)[:40]))
        elif verbose:
            print(f"ok   {f}")
    print(f"{len(files) - failed}/{len(files)} passed")
    sys.exit(1 if failed else 0)

main()
