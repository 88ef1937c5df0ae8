# parse_intermixed_args / parse_known_intermixed_args.
import argparse, sys
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="im")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
args = "doit 1 --foo bar 2 3".split()
print(p.parse_known_args(args))
print(p.parse_intermixed_args(args))
print(p.parse_known_intermixed_args(args + ["--zz"]))
try:
    p.parse_intermixed_args(["--foo", "x"])
except SystemExit as e:
    print("exit", e.code)
q = argparse.ArgumentParser(prog="q")
q.add_argument("r", nargs=argparse.REMAINDER)
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print("TypeError", e)
