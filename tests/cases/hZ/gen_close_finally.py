def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g(); print(next(it)); it.close(); it.close(); print(list(it))
def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = ignore(); next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)
def ret():
    try:
        yield 1
    except GeneratorExit:
        print("exiting")
        return 5
it = ret(); next(it); print(it.close())
it = g(); it.close(); print("closed before start")
def exc():
    try:
        yield
    finally:
        raise KeyError("in finally")
it = exc(); next(it)
try:
    it.close()
except KeyError as e:
    print("KeyError", e)
def sub():
    try:
        yield from g()
    finally:
        print("outer cleanup")
it = sub(); next(it); it.close()
print(g().gi_running, g().gi_frame is not None, it.gi_frame)
