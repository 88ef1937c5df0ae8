import atexit
import sys


class F:
    def __init__(self, n):
        self.n = n

    def __call__(self):
        print('handler', self.n)
        if self.n == 2:
            raise ValueError('boom')
        if self.n == 3:
            sys.exit(7)

    def __repr__(self):
        return f'<F {self.n}>'


atexit.register(F(1))
atexit.register(F(2))
atexit.register(F(3))
print('main done')
