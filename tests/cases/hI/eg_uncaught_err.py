def f(n):
    raise ValueError(f"bad {n}")
def collect():
    errs = []
    for i in range(2):
        try:
            f(i)
        except ValueError as e:
            errs.append(e)
    inner = ExceptionGroup("inner group", [TypeError("t1"), KeyError("k")])
    errs.append(inner)
    e = ExceptionGroup("outer", errs)
    e.add_note("outer note")
    raise e
try:
    collect()
except* TypeError as te:
    print("handled", repr(te))
