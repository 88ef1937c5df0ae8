import code
import codeop
import io
import sys

cases = ["x = 1", "if 1:", "if 1:\n  pass", "if 1:\n  pass\n", "(1,", "'''abc", "x = \\",
         "1 +", "def f():\n  return 1\n\n", ")", "@dec", "x = 1\ny = 2", "for", "a b", "",
         "# c", "if 1: pass", "1 + 2", "class A:\n  x = 1\n  ", "if 1:\n  x = (1,\n", "x = [",
         "lambda:", "while True:\n  pass\nelse:", "if 1:\n  pass\nelse:\n  pass\n",
         "print('hi')", "return 5", "'abc", "x = 1 +\n", "try:\n  pass\nexcept:"]
for c in cases:
    try:
        r = codeop.compile_command(c)
        print(repr(c), "->", "None" if r is None else type(r).__name__)
    except SyntaxError as e:
        print(repr(c), "->", type(e).__name__, e.msg, e.lineno, e.filename)
for c in ["1 + 2", "(1", "x = 1"]:
    try:
        r = codeop.compile_command(c, "<ev>", "eval")
        print("eval", repr(c), "->", "None" if r is None else eval(r))
    except SyntaxError as e:
        print("eval", repr(c), "->", type(e).__name__, e.msg, e.filename)
exec(code.compile_command("40 + 2"))
cc = codeop.CommandCompiler()
print(cc("if 1:") is None, type(cc("y = 5")).__name__)

err = io.StringIO()
old = sys.stderr
sys.stderr = err


class Interp(code.InteractiveInterpreter):
    def write(self, data):
        err.write(data)


env = {}
ii = code.InteractiveInterpreter(env)
print(ii.runsource("a = 10"), env["a"])
print(ii.runsource("a * 2"))
print(ii.runsource("for i in range(2):"))
print(ii.runsource("for i in range(2):\n  print(i)\n"))
print(ii.runsource("1 +"))
print(ii.runsource("undefined_name"))
print(ii.runsource("raise ValueError('boom')"))
print(ii.runsource("x = )", "<mine>"))
sys.stderr = old
print(err.getvalue())

con = code.InteractiveConsole({"__name__": "__console__"})
for line in ["def sq(n):", "    return n * n", "", "sq(7)", "total = 0", "for k in [1, 2, 3]:",
             "    total += k", "", "total"]:
    print(repr(line), con.push(line))
lines = iter(["v = 3", "v + 1", "if v:", "  print('yes')", ""])


def reader(prompt):
    sys.stdout.write(prompt)
    try:
        return next(lines)
    except StopIteration:
        raise EOFError


sys.stderr = sys.stdout
code.interact(banner="hello console", readfunc=reader, local={}, exitmsg="bye")
code.interact(banner="", readfunc=lambda p: (_ for _ in ()).throw(EOFError), exitmsg="")
sys.stderr = old
