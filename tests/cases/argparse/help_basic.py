# Help and usage text: wrapping, sections, metavars, defaults in help, version.
import argparse

p = argparse.ArgumentParser(
    prog="tool",
    description="Process some files and produce a report. This description is long "
                "enough that it has to be wrapped over more than one line.",
    epilog="See the manual for more.")
p.add_argument("inputs", nargs="+", help="input files to read")
p.add_argument("output", help="where to write")
p.add_argument("extra", nargs="?", default="x", help="optional extra (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="increase verbosity")
p.add_argument("-n", "--number", type=int, default=10, metavar="N",
               help="how many, an integer of type %(type)s (default %(default)s)")
p.add_argument("--level", choices=["low", "mid", "high"], default="mid",
               help="one of %(choices)s")
p.add_argument("--a-very-long-option-name-indeed", help="long options push help down")
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
p.add_argument("--maybe", nargs="?", const="c")
p.add_argument("--names", nargs="*")
p.add_argument("--flag", action="store_true", help=argparse.SUPPRESS)
p.add_argument("--version", action="version", version="%(prog)s 2.5")
p.print_help()
print("---")
print(p.format_usage(), end="")
print(repr(p.format_usage()))

q = argparse.ArgumentParser(prog="short", add_help=False)
q.print_help()
print("---")
q.add_argument("x")
q.print_help()
print("---")
r = argparse.ArgumentParser(prog="r", usage="%(prog)s [options] file")
r.add_argument("file")
r.print_help()
print("---")
try:
    p.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
