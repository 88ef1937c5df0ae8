def leaf(i):
    try:
        {}[i]
    except KeyError as k:
        raise ValueError(f"leaf {i}") from k
def ctx_leaf():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("ctx leaf")
errs = []
for f in (lambda: leaf(1), ctx_leaf):
    try:
        f()
    except Exception as e:
        errs.append(e)
sub = ExceptionGroup("sub", [errs[1]])
sub.add_note("sub note")
try:
    raise sub
except ExceptionGroup as s:
    try:
        raise ExceptionGroup("outer", [errs[0], s]) from RuntimeError("outer cause")
    except ExceptionGroup as o:
        outer = o
raise outer
