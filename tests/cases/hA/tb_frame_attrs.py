import sys
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        print(tb.tb_lineno, tb.tb_frame is not None)
        print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_globals is globals(), tb.tb_frame.f_back.f_code.co_name)
        fr = sys._getframe()
        print(fr.f_code.co_name, fr.f_back.f_code.co_name)
        print(sys.exc_info()[2].tb_frame.f_code.co_name)
f()
try:
    f2 = lambda: 1/0
    f2()
except Exception as e:
    t = e.__traceback__
    names = []
    while t:
        names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(names)
