import sys
import builtins
def run(src):
    exec(compile(src, "<single>", "single"), {})
run("1 + 1")
run("None")
run("'text'")
run("x = 5")
run("[1, (2, 3)]")
seen = []
sys.displayhook = lambda v: seen.append(v)
run("40 + 2")
run("None")
print(seen)
sys.displayhook = sys.__displayhook__
run("'back'")
print(builtins._)
sys.displayhook(99)
print(builtins._)
sys.displayhook(None)
print(builtins._)
def hook(v):
    print("hooked:", repr(v))
sys.displayhook = hook
run("for i in range(2): i")
del sys.displayhook
try:
    run("3")
except RuntimeError as e:
    print("RuntimeError", e)
sys.displayhook = 5
try:
    run("3")
except TypeError as e:
    print("TypeError", e)
sys.displayhook = sys.__displayhook__
for opt in (-1, 0, 1, 2, 3, -2):
    try:
        c = compile("7", "<o>", "eval", optimize=opt)
        print(opt, eval(c))
    except ValueError as e:
        print(opt, "ValueError", e)
for nd in (None, 0, -1, 1):
    try:
        print(int.__round__(15, nd) if nd is not None else int.__round__(15))
        print(int.__round__(15, nd))
    except TypeError as e:
        print("TypeError", e)
print(round(15, None), round(25, -1), (35).__round__(-1))
