# A metaclass __call__ that validates and raises: the traceback shows every frame.
import inspect


class Strict(type):
    def __call__(cls, *args, **kwargs):
        sig = inspect.signature(cls.__init__)
        params = list(sig.parameters)[1:]
        if len(args) > len(params):
            raise TypeError(f'{cls.__name__} takes {len(params)} arguments')
        return super().__call__(*args, **kwargs)


class Point(metaclass=Strict):
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


def build(*args):
    return Point(*args)


p = build(1, 2)
print(p.x, p.y, inspect.signature(Point))
build(1, 2, 3)
