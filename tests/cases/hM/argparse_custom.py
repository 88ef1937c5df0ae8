import argparse
class NoMetaFormatter(argparse.HelpFormatter):
    def _format_action_invocation(self, action):
        if not action.option_strings:
            return super()._format_action_invocation(action)
        return ", ".join(action.option_strings)
class Wide(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    def __init__(self, prog): super().__init__(prog, max_help_position=40, width=100)
class Split(argparse.HelpFormatter):
    def _split_lines(self, text, width):
        if text.startswith("R|"): return text[2:].splitlines()
        return super()._split_lines(text, width)
    def _get_help_string(self, action):
        h = action.help
        if action.default not in (None, argparse.SUPPRESS) and "%(default)" not in h: h += " [%(default)s]"
        return h
for fc in (NoMetaFormatter, Wide, Split, lambda prog: argparse.HelpFormatter(prog, indent_increment=4, max_help_position=10, width=50)):
    p = argparse.ArgumentParser(prog="prog", formatter_class=fc, description="Desc line one.\n  indented two")
    p.add_argument("-o", "--output", metavar="FILE", default="out.txt", help="R|where to write\nsecond line")
    p.add_argument("-n", type=int, default=3, help="number of things to do, a fairly long help string indeed")
    p.add_argument("src", help="source")
    print(p.format_help())
class StoreUpper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None: raise ValueError("nargs not allowed")
        super().__init__(option_strings, dest, **kwargs)
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
p = argparse.ArgumentParser(prog="act")
a = p.add_argument("--name", action=StoreUpper)
print(p.parse_args(["--name", "bob"]), repr(a).replace("StoreUpper", "SU"))
try: p.add_argument("--bad", action=StoreUpper, nargs=2)
except ValueError as e: print("ValueError", e)
try: p.add_argument("--x", action="nonsense")
except ValueError as e: print("ValueError", e)
try: p.add_argument("--y", nargs=0)
except ValueError as e: print("ValueError", e)
try: p.add_argument("pos", required=True)
except TypeError as e: print("TypeError", e)
try: p.add_argument("--z", type="int")
except ValueError as e: print("ValueError", e)
try: p.add_argument("-", dest="q")
except ValueError as e: print("ValueError", e)
print(p._actions[-1].dest, [x.dest for x in p._actions], p._option_string_actions.keys() if False else "")
class MyParser(argparse.ArgumentParser):
    def error(self, message):
        raise RuntimeError("custom: " + message)
mp = MyParser(prog="mp"); mp.add_argument("n", type=int)
try: mp.parse_args(["x"])
except RuntimeError as e: print(e)
try: mp.parse_args([])
except RuntimeError as e: print(e)
fp = argparse.ArgumentParser(prog="fp", fromfile_prefix_chars="@")
fp.add_argument("--a"); fp.add_argument("rest", nargs="*")
import tempfile, os
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f: f.write("--a\nfromfile\nextra\n"); name = f.name
print(fp.parse_args(["@" + name, "more"])); os.unlink(name)
print(argparse.ArgumentParser(prog="x").parse_args([]), argparse.Namespace(a=1) != argparse.Namespace(a=2))
p2 = argparse.ArgumentParser(prog="p2"); p2.add_argument("--n", type=int); ns = argparse.Namespace(n=5, extra=True)
print(p2.parse_args([], namespace=ns), p2.parse_args(["--n", "1"], namespace=ns))
p3 = argparse.ArgumentParser(prog="p3"); p3.add_argument("--opt", default=argparse.SUPPRESS); p3.add_argument("x", nargs="?", default=argparse.SUPPRESS); print(p3.parse_args([]))
print(argparse.ArgumentTypeError("m"), argparse.ArgumentError(None, "msg"), str(argparse.ArgumentError(a, "bad thing")))
