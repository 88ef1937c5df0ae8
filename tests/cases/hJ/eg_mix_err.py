import traceback
def task(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise TypeError(f"even {i}")

def run():
    errs = []
    for i in range(4):
        try:
            task(i)
        except Exception as e:
            e.add_note(f"while running task {i}")
            errs.append(e)
    raise ExceptionGroup("tasks failed", errs)

try:
    run()
except* ValueError as eg:
    print("values:", repr(eg), [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types:", eg.message, len(eg.exceptions))
    for x in eg.exceptions:
        print(x.__notes__)

try:
    run()
except ExceptionGroup as eg:
    traceback.print_exception(eg)
    print(eg.split(ValueError)[0].exceptions)
    m, r = eg.split(lambda e: 'task 0' in e.__notes__[0])
    print(m, r)
    print(eg.subgroup(TypeError).exceptions)
    print(repr(eg.derive([ValueError(1)])))

eg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(eg).__name__, repr(eg))
eg2 = BaseExceptionGroup("base", [ValueError(), TypeError()])
print(type(eg2).__name__)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", ValueError()), lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
e = ValueError("v")
try:
    e.add_note(5)
except TypeError as t:
    print(t)
e.__notes__ = "notalist"
try:
    raise e
except ValueError:
    traceback.print_exc()
def nested():
    try:
        raise ExceptionGroup("inner", [OSError(2, "no file"), KeyError('k')])
    except ExceptionGroup as inner:
        raise ExceptionGroup("outer", [inner, RuntimeError("rt")]) from None
nested()
