# Argument groups and mutually exclusive groups: help layout, usage and conflicts.
import argparse
import sys

sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog="srv", description="A server.")
net = p.add_argument_group("network", "Network related options.")
net.add_argument("--host", default="localhost", help="bind address")
net.add_argument("--port", type=int, default=8000, help="port number")
out = p.add_argument_group("output")
mx = out.add_mutually_exclusive_group()
mx.add_argument("--json", action="store_true", help="JSON output")
mx.add_argument("--xml", action="store_true", help="XML output")
req = p.add_mutually_exclusive_group(required=True)
req.add_argument("--start", action="store_true")
req.add_argument("--stop", action="store_true")
p.add_argument("config", help="config file")
p.print_help()
print(p.parse_args(["--start", "c.ini", "--json"]))
print(p.parse_args(["--stop", "--port", "1", "c.ini"]))
for args in (["c.ini"], ["--start", "--stop", "c.ini"], ["--start", "--json", "--xml", "c.ini"]):
    try:
        p.parse_args(args)
    except SystemExit as e:
        print(args, "exit", e.code)

b = argparse.ArgumentParser(prog="b")
b.add_argument("--color", action=argparse.BooleanOptionalAction, default=True,
               help="use colors")
b.add_argument("--feature", action=argparse.BooleanOptionalAction)
b.print_help()
print(b.parse_args([]), b.parse_args(["--no-color", "--feature"]))

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("own")
child.print_help()
print(child.parse_args(["o", "--shared", "t"]))

c = argparse.ArgumentParser(prog="c")
c.add_argument("-v", "--verbose", action="store_true")
try:
    c.add_argument("-v", action="count")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
r = argparse.ArgumentParser(prog="r", conflict_handler="resolve")
r.add_argument("-v", "--verbose", action="store_true")
r.add_argument("-v", action="count", help="now counting")
r.print_help()
