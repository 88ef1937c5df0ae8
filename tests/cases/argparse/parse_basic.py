# Parsing: positionals, optionals, types, defaults, nargs, abbreviations, '--', '=' forms.
import argparse

p = argparse.ArgumentParser(prog="prog")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out.txt")
p.add_argument("-c", "--count", type=int, default=1)
p.add_argument("-r", "--rate", type=float)
p.add_argument("--name", default="anon")
p.add_argument("-x", action="store_true")
p.add_argument("-y", action="store_false")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--tag", action="append")
p.add_argument("--ctag", action="append_const", const="C", dest="tag")
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("-q", "--quiet", action="count")
p.add_argument("--items", nargs="*", type=int)

tests = [
    ["a"],
    ["a", "b"],
    ["a", "-c", "3", "b"],
    ["-c3", "a"],
    ["--count=5", "a"],
    ["a", "--rate", "2.5", "--name", "bob"],
    ["a", "-xy"],
    ["a", "-qqq", "--quiet"],
    ["a", "--const"],
    ["a", "--tag", "t1", "--ctag", "--tag=t2"],
    ["a", "--ext", "1", "2", "--ext", "3"],
    ["a", "--items", "1", "2", "3"],
    ["a", "--items"],
    ["--", "-a"],
    ["a", "--", "-b"],
    ["a", "--co", "7"],
    ["a", "--na=z"],
    ["a", "-c", "-1"],
]
for args in tests:
    print(args, p.parse_args(args))

ns = p.parse_args(["a"])
print(ns.src, ns.dst, vars(ns)["count"], "src" in ns, "zzz" in ns)
print(argparse.Namespace(a=1, b="x") == argparse.Namespace(b="x", a=1))
print(argparse.Namespace(**{"a-b": 1, "c": 2}))

known, rest = p.parse_known_args(["a", "--unknown", "u", "-z"])
print(known.src, rest)

n = argparse.ArgumentParser(prog="n")
n.add_argument("nums", nargs=3, type=int)
n.add_argument("--", dest="dd")
print(n.parse_args(["1", "2", "3"]))

neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-1", dest="one", action="store_true")
neg.add_argument("value", nargs="?")
print(neg.parse_args(["-1"]))

t = argparse.ArgumentParser(prog="t")
t.add_argument("--size", type=lambda s: int(s, 16))
t.add_argument("--num", default="7", type=int)
print(t.parse_args(["--size", "ff"]))
t.set_defaults(extra="yes", num="8")
print(t.parse_args([]), t.get_default("extra"), t.get_default("num"))
ns = argparse.Namespace(pre=1)
print(t.parse_args(["--size", "10"], namespace=ns) is ns, ns)
