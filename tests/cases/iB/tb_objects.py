import sys, types
def inner():
    raise ValueError("x")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
print(tb.tb_next.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next.tb_next)
print(isinstance(tb.tb_lasti, int), tb.tb_next.tb_lineno, tb.tb_next.tb_next.tb_lineno)
t2 = tb.tb_next
for bad in (5, "x"):
    try:
        t2.tb_next = bad
    except TypeError as x:
        print("TypeError", x)
try:
    t2.tb_next = tb
except ValueError as x:
    print("ValueError", x)
try:
    t2.tb_next.tb_next = t2
except ValueError as x:
    print("ValueError", x)
try:
    del t2.tb_next
except (TypeError, AttributeError) as x:
    print(type(x).__name__, x)
t2.tb_next = None
print(t2.tb_next)
try:
    tb.tb_lineno = 5
except AttributeError as x:
    print("AttributeError", x)
f = sys._getframe()
new = types.TracebackType(None, f, 0, 99)
print(new.tb_lineno, new.tb_next, new.tb_frame is f)
try:
    types.TracebackType(5, f, 0, 1)
except TypeError as x:
    print("TypeError", x)
try:
    types.TracebackType(None, 5, 0, 1)
except TypeError as x:
    print("TypeError", x)
try:
    types.TracebackType()
except TypeError as x:
    print("TypeError", x)
e2 = KeyError("k").with_traceback(new)
print(e2.__traceback__ is new)
