import traceback, sys
def helper():
    f = sys._getframe(1)
    traceback.print_stack(f, file=sys.stdout)
    print("--")
    print("".join(traceback.format_stack(f, limit=1)))
    s = traceback.extract_stack(f)
    print([(x.name, x.lineno) for x in s])
    print([(x.name, x.lineno) for x in traceback.extract_stack(sys._getframe(), limit=2)])
def caller():
    helper()
def top():
    caller()
top()
try:
    sys._getframe(50)
except ValueError as e:
    print(type(e).__name__, e)
fr = sys._getframe()
print(fr.f_code.co_name, fr.f_back)
def g():
    return sys._getframe()
inner = g()
print(inner.f_code.co_name, inner.f_back.f_code.co_name)
print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())][:1])
