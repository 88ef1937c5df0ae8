import atexit


class F:
    def __init__(self, n):
        self.n = n

    def __call__(self, *a, **k):
        print('handler', self.n, a, k)

    def __eq__(self, other):
        return isinstance(other, F) and other.n == self.n

    def __repr__(self):
        return f'<F {self.n}>'


def g():
    print('g')


atexit.register(F(1), 'x', k=2)
print(atexit.register(g) is g)
atexit.register(F(2))
atexit.register(g)
atexit.register(F(3))
atexit.unregister(F(3))      # equal, not identical: removed
atexit.unregister(g)          # every registration of g
atexit.unregister(print)      # never registered: nothing happens
atexit.register(print, 'printed', 'at', 'exit', sep='-')
try:
    atexit.register(5)
except TypeError as e:
    print('TypeError', e)
try:
    atexit.register()
except TypeError as e:
    print('TypeError', type(e).__name__)


def later():
    print('registered while running? no: registered before exit')
    atexit.register(lambda: print('registered by a handler'))


atexit.register(later)
print('main done')
