def a():
    raise ValueError("va")
def b():
    raise TypeError("tb")
def run():
    try:
        excs = []
        for fn in (a, b):
            try:
                fn()
            except Exception as e:
                excs.append(e)
        raise ExceptionGroup("first", excs)
    except* ValueError as ve:
        raise KeyError("from handler") from ve.exceptions[0]
    except* TypeError:
        raise RuntimeError("second handler")
try:
    run()
except BaseException as e:
    wrapper = RuntimeError("outer wrapper")
    wrapper.__cause__ = e
    import traceback, sys
    traceback.print_exception(wrapper, file=sys.stdout)
    print("=" * 20)
run()
