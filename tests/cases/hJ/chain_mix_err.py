import traceback
class Res:
    def __init__(self, name, fail_exit=False):
        self.name = name
        self.fail_exit = fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        if self.fail_exit:
            raise RuntimeError(f"exit of {self.name} failed")
        return et is KeyError

with Res("a"):
    raise KeyError("suppressed")
print("after a")
try:
    with Res("b", fail_exit=True):
        raise ValueError("inner")
except RuntimeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
    traceback.print_exc()

def f():
    try:
        return 1 / 0
    finally:
        print("finally runs")
try:
    f()
except ZeroDivisionError as e:
    print(e, e.__context__, e.__cause__, e.__suppress_context__)

def g():
    try:
        raise ValueError("first")
    except ValueError as e:
        raise TypeError("second") from e
try:
    g()
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
    traceback.print_exc()

def h():
    try:
        raise ValueError("A")
    finally:
        return "swallowed"
print(h())

def k():
    try:
        try:
            raise ValueError("one")
        except ValueError:
            raise KeyError("two")
    except KeyError:
        raise IndexError("three")
try:
    k()
except IndexError:
    traceback.print_exc()


def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("cleanup failed")
it = gen()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("close:", e)

e1 = ValueError("no tb")
print(e1.__traceback__)
try:
    raise e1
except ValueError as e:
    print(e.__traceback__ is not None, e.__traceback__.tb_lineno)

def outer():
    try:
        inner()
    except Exception as exc:
        raise RuntimeError("wrapped") from exc
def inner():
    with Res("c", fail_exit=True):
        {}['missing']
outer()
