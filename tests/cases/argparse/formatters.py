# formatter_class variants and text handling: raw text, defaults, metavar types, %(prog)s.
import argparse
import textwrap

desc = """\
First line   of the description.
    Indented second line.

Another paragraph."""

for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    print("===", cls.__name__)
    p = argparse.ArgumentParser(prog="fmt", description=desc, formatter_class=cls,
                                epilog="Epilog for %(prog)s.")
    p.add_argument("--alpha", default=1, help="alpha value\n  on two lines")
    p.add_argument("--beta", help="no default shown for None")
    p.add_argument("gamma", nargs="?", default="g", help="optional positional")
    p.add_argument("--flag", action="store_true", help="a flag")
    p.print_help()

print("=== MetavarTypeHelpFormatter")
m = argparse.ArgumentParser(prog="mt", formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument("--size", type=int)
m.add_argument("name", type=str)
m.print_help()

print("=== long prog")
lp = argparse.ArgumentParser(prog="a-rather-long-program-name-that-takes-most-of-the-line")
for i in range(6):
    lp.add_argument("--option%d" % i, metavar="VALUE%d" % i)
lp.add_argument("positional_one")
lp.add_argument("positional_two")
lp.print_usage()

print("=== wrapping help")
w = argparse.ArgumentParser(prog="w")
w.add_argument("--text", help=" ".join(["word%d" % i for i in range(40)]))
w.add_argument("--x", help="%(prog)s uses %%(default)s: %(default)s")
w.print_help()
print(textwrap.dedent("  done"))
