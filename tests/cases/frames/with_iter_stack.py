# __enter__, __exit__ (normal and with an exception) and __iter__ see the frame of the
# function running the with/for statement as their caller.
import sys


class C:
    def __enter__(self):
        print("enter", sys._getframe(1).f_code.co_name)
        return self

    def __exit__(self, *a):
        print("exit", sys._getframe(1).f_code.co_name, a[0].__name__ if a[0] else None)
        return True

    def __iter__(self):
        print("iter", sys._getframe(1).f_code.co_name)
        return iter([1, 2])


def run():
    with C():
        pass
    with C():
        raise KeyError
    for x in C():
        pass
    return [y for y in C()]


print(run())
