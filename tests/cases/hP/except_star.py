def run(excs):
    try:
        raise ExceptionGroup("grp", excs)
    except* ValueError as eg:
        print("ValueError handler:", repr(eg))
    except* (TypeError, KeyError) as eg:
        print("Type/Key handler:", repr(eg), type(eg).__name__)
    except* Exception as eg:
        print("rest:", [type(e).__name__ for e in eg.exceptions])

run([ValueError(1), TypeError(2), KeyError(3), OSError(4)])
run([ValueError(1)])
run([ZeroDivisionError()])

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled ValueError only")
except ExceptionGroup as rest:
    print("leftover:", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", repr(eg), eg.exceptions[0].__traceback__ is not None)

try:
    try:
        raise TypeError("naked2")
    except* ValueError:
        print("no")
except TypeError as e:
    print("naked passthrough:", repr(e))

def raiser():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        raise KeyError("new") from None

try:
    raiser()
except ExceptionGroup as e:
    print("raised in handler:", repr(e), repr(e.exceptions[0].__context__))
except KeyError as e:
    print("plain keyerror", e)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraise:", repr(e))

count = 0
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError:
        count += 1
print("count", count)

try:
    raise ExceptionGroup("nested", [ExceptionGroup("in", [ValueError(1)]), ValueError(2)])
except* ValueError as eg:
    print(repr(eg))

import sys
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print(repr(sys.exc_info()[1]))
    print(repr(sys.exception()))

for bad in ["except* ExceptionGroup: pass", "except* (ValueError, ExceptionGroup): pass"]:
    try:
        try:
            raise ValueError(3)
        except* ValueError:
            pass
        exec("try:\n    raise ValueError\n" + bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    exec("try:\n    pass\nexcept* ValueError:\n    break\n")
except SyntaxError as e:
    print("SyntaxError", e.msg)
def f():
    for x in range(2):
        try:
            pass
        except* ValueError:
            continue
try:
    compile("for x in y:\n try:\n  pass\n except* ValueError:\n  continue\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    compile("def g():\n try:\n  pass\n except* ValueError:\n  return 1\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    compile("try:\n  pass\nexcept*:\n  pass\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
