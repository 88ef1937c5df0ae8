# Tracebacks through Python code called from native code and through f(*args, **kw):
# every frame appears, and print_stack inside a callback shows the callers.
import functools
import sys
import traceback


def key(x):
    if x == 2:
        traceback.print_stack(file=sys.stdout)
    return 10 // x


def target(a, b=1, *rest, **kw):
    return key(a) + b


def run(case):
    if case == 0:
        return sorted([2, 1], key=key)
    if case == 1:
        return list(map(key, [2]))
    if case == 2:
        return functools.reduce(lambda a, b: key(b), [1, 2, 0])
    if case == 3:
        return [1, 0].sort(key=key)
    if case == 4:
        return target(*[0], **{"b": 3})
    if case == 5:
        return max([0], key=key)
    return list(filter(key, [0]))


for case in range(6):
    try:
        print(run(case))
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)

run(6)
