def validate(x):
    if x < 0:
        err = ValueError(f"negative {x}")
        err.add_note(f"while validating {x}")
        raise err
    return x
errs = []
for v in (-1, 2, -3):
    try:
        validate(v)
    except ValueError as e:
        errs.append(e)
eg = ExceptionGroup("batch failed", errs)
eg.add_note("group note")
try:
    raise eg
except* KeyError:
    pass
