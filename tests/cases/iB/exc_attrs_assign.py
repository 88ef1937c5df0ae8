e = ValueError("x")
for attr, val in [("__context__", 5), ("__cause__", "s"), ("__traceback__", 5), ("__suppress_context__", 2), ("__context__", None), ("__cause__", None), ("__traceback__", None), ("__cause__", KeyError()), ("__context__", ValueError)]:
    try:
        setattr(e, attr, val)
        print(attr, "set ->", repr(getattr(e, attr)))
    except TypeError as t:
        print(attr, "TypeError", t)
print(e.__suppress_context__)
try:
    e.with_traceback(5)
except TypeError as t:
    print("with_traceback:", t)
print(e.with_traceback(None) is e)
try:
    del e.__cause__
except (TypeError, AttributeError) as t:
    print(type(t).__name__, t)
try:
    del e.__traceback__
except (TypeError, AttributeError) as t:
    print(type(t).__name__, t)
try:
    del e.args
except (TypeError, AttributeError) as t:
    print(type(t).__name__, t)
for a in ('__context__', '__suppress_context__', '__notes__'):
    try:
        delattr(e, a)
        print(a, 'deleted')
    except Exception as x:
        print(a, type(x).__name__, x)
for v in (1, 0, None, 'x', True, False):
    try:
        e.__suppress_context__ = v
        print(repr(v), 'ok', e.__suppress_context__)
    except TypeError as x:
        print(repr(v), type(x).__name__, x)
