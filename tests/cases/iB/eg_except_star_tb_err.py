def a():
    raise ValueError("from a")
def b():
    raise TypeError("from b")
def run(fs):
    errs = []
    for f in fs:
        try:
            f()
        except Exception as e:
            errs.append(e)
    if errs:
        raise ExceptionGroup("run", errs)
try:
    run([a, b, a])
except* ValueError as eg:
    print("values:", len(eg.exceptions))
    try:
        raise
    except* ValueError:
        print("re-caught")
        raise KeyError("new in nested except*")
