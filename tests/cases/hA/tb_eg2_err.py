excs = [ValueError(i) for i in range(20)]
def nest(n):
    if n == 0:
        return ExceptionGroup("leaf", [KeyError("k")])
    return ExceptionGroup(f"level {n}", [nest(n - 1), TypeError(n)])
try:
    raise ExceptionGroup("many", excs)
except ExceptionGroup as e:
    import traceback
    print("".join(traceback.format_exception(e))[-300:])
raise ExceptionGroup("top", [nest(12), ExceptionGroup("wide", excs)])
