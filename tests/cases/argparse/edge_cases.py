# argparse edge cases: prog from argv, REMAINDER, @file arguments, choices, SUPPRESS defaults,
# prefix chars, empty groups, negative numbers, nargs splitting, reprs, add_argument errors.
import argparse, sys
sys.stderr = sys.stdout
p = argparse.ArgumentParser()
p.add_argument("x", nargs="?")
print(p.prog, p.format_usage(), end="")
p = argparse.ArgumentParser(prog="r")
p.add_argument("cmd")
p.add_argument("rest", nargs=argparse.REMAINDER)
p.print_help()
print(p.parse_args(["run", "-x", "--y", "z"]))
p = argparse.ArgumentParser(prog="f", fromfile_prefix_chars="@")
p.add_argument("--a")
p.add_argument("b", nargs="*")
with open("args.txt", "w") as f:
    f.write("--a\nfromfile\nq\n")
print(p.parse_args(["@args.txt", "z"]))
import os
os.remove("args.txt")
p = argparse.ArgumentParser(prog="ab", allow_abbrev=False)
p.add_argument("--long")
try:
    p.parse_args(["--lo", "1"])
except SystemExit as e:
    print("exit", e.code)
p = argparse.ArgumentParser(prog="ch")
p.add_argument("pos", choices=[1, 2, 3], type=int, help="pick %(choices)s")
p.add_argument("--opt", choices=range(3), type=int)
p.add_argument("--m", metavar="<m>", nargs="+")
p.add_argument("--x", dest="why", metavar=("A", "B"), nargs=2)
p.print_help()
print(p.parse_args(["2", "--opt", "1", "--m", "a", "b"]))
for a in (["4"], ["1", "--opt", "5"]):
    try:
        p.parse_args(a)
    except SystemExit as e:
        print("exit", e.code)
p = argparse.ArgumentParser(prog="d", argument_default=argparse.SUPPRESS)
p.add_argument("--foo")
p.add_argument("bar", nargs="?")
print(p.parse_args([]), p.parse_args(["--foo", "1", "b"]))
p = argparse.ArgumentParser(prog="pm", prefix_chars="+-")
p.add_argument("+v", action="store_true")
p.add_argument("--w", action="store_true")
print(p.parse_args(["+v", "--w"]))
p.print_help()
p = argparse.ArgumentParser(prog="e", description="Desc with %(prog)s.", add_help=False)
g = p.add_argument_group("empty group")
g2 = p.add_argument_group("described", "Only a description here.")
p.print_help()
print(repr(p.format_help()))
p = argparse.ArgumentParser(prog="neg")
p.add_argument("n", type=int)
p.add_argument("--x", type=float)
print(p.parse_args(["-3", "--x", "-2.5"]))
p = argparse.ArgumentParser(prog="mult")
p.add_argument("a", nargs=2)
p.add_argument("b", nargs="+")
p.add_argument("c")
print(p.parse_args("1 2 3 4 5 6".split()))
p = argparse.ArgumentParser(prog="opt", )
p.add_argument("--x", nargs="?", const="C", default="D", type=str.upper)
print(p.parse_args([]), p.parse_args(["--x"]), p.parse_args(["--x", "v"]))
print(argparse.Namespace(a=1), repr(argparse.ArgumentParser(prog="P")).split(", formatter_class")[0])
a = argparse.ArgumentParser(prog="A").add_argument("--zz", type=int, help="h")
print(a)
print(argparse.FileType("w"), argparse.FileType("r", encoding="utf-8"))
try:
    argparse.ArgumentParser().add_argument("x", required=True)
except TypeError as e:
    print("TypeError", e)
for kw in ({"action": "store", "nargs": 0}, {"action": "bogus"}, {"type": "int"}, {"nargs": 2, "metavar": ("a",)}):
    try:
        argparse.ArgumentParser().add_argument("--q", **kw)
    except ValueError as e:
        print("ValueError", e)
try:
    argparse.ArgumentParser().add_argument("q", "r")
except ValueError as e:
    print("ValueError", e)
