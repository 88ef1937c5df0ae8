class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.swallow
with CM('a') as x:
    print('body', x)
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with (CM('p') as p, CM('q') as q):
    print('parenthesized', p, q)
with (CM('r'), CM('s')):
    print('no targets')
with CM('swallow', True):
    raise ValueError('gone')
print('after swallow')
try:
    with CM('noswallow'):
        raise KeyError('kept')
except KeyError as e:
    print('propagated', e)
def ret():
    with CM('ret'):
        return 'returned'
print(ret())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
with CM('t') as (a, b):
    pass
print(a, b)
d = {}
with CM('sub') as d['k']:
    pass
print(d)
class Bad:
    pass
try:
    with Bad():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
