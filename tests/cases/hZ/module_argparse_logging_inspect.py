import argparse, logging, sys, io, inspect
p = argparse.ArgumentParser(prog="tool", description="Does things. " * 5, epilog="bye")
p.add_argument("files", nargs="+", help="input files")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--mode", choices=["a", "b"], default="a", help="mode (default: %(default)s)")
p.add_argument("-n", type=int, metavar="N", required=False)
g = p.add_mutually_exclusive_group()
g.add_argument("--x", action="store_true"); g.add_argument("--y", action="store_false")
sub = p.add_subparsers(dest="cmd")
s1 = sub.add_parser("run", help="run it"); s1.add_argument("--fast", action="store_true")
p.print_help()
print(p.format_usage())
print(p.parse_args(["-vv", "--mode", "b", "-n", "3", "f1", "run", "--fast"]))
for bad in (["--mode", "c", "f"], [], ["f", "-n", "x"], ["f", "--x", "--y"], ["f", "--unknown"]):
    err = io.StringIO(); old = sys.stderr; sys.stderr = err
    try:
        p.parse_args(bad)
    except SystemExit as e:
        sys.stderr = old
        print("exit", e.code, repr(err.getvalue()))
    finally:
        sys.stderr = old
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app.sub")
log.debug("debug %d", 1); log.info("info"); log.warning("warn %s", "x"); log.error("err")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
logging.getLogger().setLevel(logging.WARNING); log.info("hidden"); log.critical("crit")
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter("[%(levelno)s] %(name)-8s|%(funcName)s|%(message)s"))
l2 = logging.getLogger("other"); l2.addHandler(h); l2.propagate = False; l2.warning("hi %(a)s", {"a": 1})
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(33), log.getEffectiveLevel(), log.parent.name, logging.getLogger("app").getChild("z").name)
def fn(a, b: int = 2, *args, c, d=4, **kw) -> str: pass
print(inspect.signature(fn), list(inspect.signature(fn).parameters), inspect.signature(fn).parameters["b"].annotation, inspect.signature(lambda x, /, y: 0))
print(inspect.isfunction(fn), inspect.isclass(int), inspect.ismethod([].append), inspect.isbuiltin(len), inspect.isgeneratorfunction(fn), inspect.getdoc(fn), inspect.signature(len) if False else "")
