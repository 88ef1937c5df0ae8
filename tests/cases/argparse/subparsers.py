# Sub-commands: dest, help listing, aliases, per-command options, set_defaults(func=...).
import argparse
import sys

sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog="git")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(dest="command", help="available commands")

c = sub.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
c.set_defaults(func=lambda ns: "commit:" + ns.message)

push = sub.add_parser("push", help="upload")
push.add_argument("remote", nargs="?", default="origin")
push.add_argument("branch", nargs="*")
push.set_defaults(func=lambda ns: "push:" + ns.remote)

sub.add_parser("status")

p.print_help()
print("---")
c.print_help()
print("---")
push.print_usage()
for args in (["commit", "-m", "msg"], ["--debug", "ci", "-m", "x", "--amend"],
             ["push"], ["push", "up", "main", "dev"], ["status"], []):
    ns = p.parse_args(args)
    print(args, {k: v for k, v in vars(ns).items() if k != "func"},
          ns.func(ns) if hasattr(ns, "func") else None)

for args in (["nope"], ["commit"], ["push", "--force"], ["commit", "-m"]):
    try:
        p.parse_args(args)
    except SystemExit as e:
        print(args, "exit", e.code)

q = argparse.ArgumentParser(prog="q")
subs = q.add_subparsers(title="commands", description="things to do", required=True,
                        dest="cmd", metavar="CMD")
a = subs.add_parser("add", help="add numbers")
a.add_argument("x", type=int)
a.add_argument("y", type=int)
subs.add_parser("list", help="list numbers")
q.print_help()
print(q.parse_args(["add", "1", "2"]))
try:
    q.parse_args([])
except SystemExit as e:
    print("exit", e.code)
print(q.parse_known_args(["list", "extra", "--x"]))
