# Every ordered pair and triple of these arguments against one parser.
import contextlib
import io
import itertools
from optparse import OptionParser

p = OptionParser(prog="combo", add_help_option=False)
p.add_option("-a", action="store_true")
p.add_option("-b", "--bee", type="int")
p.add_option("-c", "--cee", action="append", choices=["x", "y"])
p.add_option("--pair", nargs=2)
p.add_option("--long-one", action="count")
p.add_option("--long-two", action="store_const", const="two")
args = ["-a", "-b", "3", "-ab4", "--bee=x", "--b", "-c", "x", "-cy", "--pair", "p", "--long", "--long-o",
        "--long-two=1", "--", "-", "pos", "-z", "--cee"]
for n in (1, 2, 3):
    for argv in itertools.product(args, repeat=n):
        if n == 3 and len(set(argv)) < 3:
            continue
        err = io.StringIO()
        try:
            with contextlib.redirect_stderr(err):
                opts, rest = p.parse_args(list(argv))
            print(argv, sorted(vars(opts).items()), rest)
        except SystemExit as e:
            print(argv, "exit", e.code, err.getvalue().splitlines()[-1])
