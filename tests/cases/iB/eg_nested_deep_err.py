def f(i):
    raise ValueError(f"v{i}")
def collect():
    errs = []
    for i in range(3):
        try:
            f(i)
        except ValueError as e:
            errs.append(e)
    inner = ExceptionGroup("inner", errs[:2])
    return ExceptionGroup("outer", [inner, errs[2], TypeError("plain")])
eg = collect()
eg.add_note("outer note")
raise eg
