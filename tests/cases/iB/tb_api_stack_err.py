import traceback, sys
def a():
    b()
def b():
    traceback.print_stack(file=sys.stdout)
    traceback.print_stack(limit=1, file=sys.stdout)
    s = traceback.extract_stack()
    print([(f.name, f.lineno, f.line) for f in s])
    print(traceback.format_stack(limit=2))
    for fs, ln in traceback.walk_stack(None):
        print(fs.f_code.co_name, ln)
        break
a()
traceback.print_stack()
def c():
    1/0
try:
    c()
except ZeroDivisionError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    for f, ln in traceback.walk_tb(tb):
        print(f.f_code.co_name, ln)
    ss = traceback.extract_tb(tb)
    print(len(ss), ss[-1].name, ss[-1].lineno, ss[-1].line, repr(ss[-1]))
    print(traceback.format_list(ss))
    print(ss.format())
    traceback.print_tb(tb, limit=-1, file=sys.stdout)
    traceback.print_exc(limit=1)
    traceback.print_exc(limit=-1, file=sys.stdout)
    traceback.print_exception(et, ev, tb, file=sys.stdout, chain=False)
    traceback.print_exception(ev)
print(sys.exc_info())
traceback.print_exc()
