import argparse
import sys

def build():
    p = argparse.ArgumentParser(prog="tool", description="Process some numbers.")
    p.add_argument("numbers", nargs="*", type=int, default=[1, 2, 3], help="ints")
    p.add_argument("--sum", dest="op", action="store_const", const=sum, default=max)
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--name", default="world")
    p.add_argument("--mode", choices=["a", "b"], default="a")
    p.add_argument("--flag", action="store_true")
    p.add_argument("--ratio", type=float, default=0.5)
    return p

def main(argv=None):
    p = build()
    args = p.parse_args(argv)
    print(args.numbers, args.op.__name__, args.verbose, args.name, args.mode, args.flag, args.ratio)
    print(sorted(vars(args)))
    print(args.op(args.numbers))
    return 0

if __name__ == "__main__":
    print(sys.argv[1:])
    main()
    main(["5", "7", "--sum", "-vv", "--name=x", "--flag"])
    p = build()
    print(p.format_usage(), end="")
    print(p.format_help())
    ns, rest = p.parse_known_args(["1", "--zzz", "2"])
    print(ns.numbers, rest)
    try:
        p.parse_args(["--mode", "c"])
    except SystemExit as e:
        print("exit", e.code)
    try:
        p.parse_args(["x"])
    except SystemExit as e:
        print("exit", e.code)
    sys.exit(main([]))
