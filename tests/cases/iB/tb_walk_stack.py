import traceback, sys
def f():
    return [(fr.f_code.co_name, n) for fr, n in traceback.walk_stack(None)]
def g():
    return f()
print(g())
try:
    print([(fr.f_code.co_name, n) for fr, n in traceback.walk_stack(None)])
except AttributeError as e:
    print(e)
def h():
    out = []
    for fr, n in traceback.walk_stack(None):
        out.append(fr.f_code.co_name)
    return out
def k():
    return h()
print(k())
s = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=1)
print(s)
def deep():
    return traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=-1)
print(deep())
print(traceback.extract_stack(limit=-1), traceback.format_stack(limit=-1))
def stk():
    traceback.print_stack(limit=-2, file=sys.stdout)
    traceback.print_stack(sys._getframe(), limit=-1, file=sys.stdout)
stk()
