# Error messages go to stderr after the usage line, with exit status 2.
import argparse
import sys

p = argparse.ArgumentParser(prog="prog")
p.add_argument("file")
p.add_argument("count", type=int)
p.add_argument("-m", "--mode", choices=["r", "w"])
p.add_argument("--num", type=float)
p.add_argument("--two", nargs=2)
p.add_argument("--some", nargs="+")
p.add_argument("-f", action="store_true")
p.add_argument("--need", required=True)
p.add_argument("--verbose", action="store_true")
p.add_argument("--version", action="store_true")

cases = [
    [],
    ["a"],
    ["a", "x", "--need", "1"],
    ["a", "1", "--need", "1", "-m", "q"],
    ["a", "1", "--need", "1", "--num", "abc"],
    ["a", "1", "--need", "1", "--two", "x"],
    ["a", "1", "--need", "1", "--some"],
    ["a", "1", "--need"],
    ["a", "1", "--need", "1", "extra1", "extra2"],
    ["a", "1", "--need", "1", "-f=yes"],
    ["a", "1", "--need", "1", "--ver"],
    ["a", "1", "--need", "1", "--bogus"],
    ["a", "1"],
]
for args in cases:
    print(args, file=sys.stderr)
    try:
        p.parse_args(args)
    except SystemExit as e:
        print(args, "exit", e.code)

p.exit_on_error = False
try:
    p.parse_args(["a", "x", "--need", "1"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


q = argparse.ArgumentParser(prog="q")
q.add_argument("n", type=positive)
try:
    q.parse_args(["-5"])
except SystemExit as e:
    print("exit", e.code)
try:
    q.parse_args(["0"])
except SystemExit as e:
    print("exit", e.code)
try:
    q.error("custom problem")
except SystemExit as e:
    print("exit", e.code)
try:
    q.exit(3, "bye\n")
except SystemExit as e:
    print("exit", e.code)
p.parse_args(["a", "1"])
