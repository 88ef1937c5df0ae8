log = []
class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self): log.append('enter ' + self.name); return self.name
    def __exit__(self, et, ev, tb):
        log.append(('exit', self.name, et.__name__ if et else None, str(ev) if ev else None))
        return self.suppress
with CM('a') as a, CM('b') as b:
    log.append((a, b))
print(log); log.clear()
with (CM('x') as x,
      CM('y') as y,):
    pass
print(log); log.clear()
with CM('s', True):
    raise ValueError('hidden')
print('suppressed', log); log.clear()
try:
    with CM('outer', False), CM('inner', True):
        raise KeyError('k')
except KeyError:
    print('not reached')
print(log); log.clear()
try:
    with CM('o'), CM('i'):
        raise KeyError('k2')
except KeyError as e:
    print('propagated', e)
print(log); log.clear()
def f():
    with CM('ret'):
        return 'value'
print(f(), log); log.clear()
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
print(log); log.clear()
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
for obj in [NoEnter(), NoExit(), 5]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class EnterRaises:
    def __enter__(self): raise RuntimeError('in enter')
    def __exit__(self, *a): log.append('exit called?'); return True
try:
    with EnterRaises():
        pass
except RuntimeError as e:
    print('enter error', e, log)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise ValueError('from exit')
try:
    with ExitRaises():
        raise KeyError('orig')
except ValueError as e:
    print('exit error', e, repr(e.__context__))
class Truthy:
    def __bool__(self): log.append('bool'); return True
class CMT:
    def __enter__(self): return self
    def __exit__(self, *a): return Truthy()
with CMT():
    raise ValueError
print('truthy suppress', log); log.clear()
with CM('t') as (p):
    print('parenthesized target', p)
with CM('u') as [q0, q1, q2]:
    print(q0, q1, q2)
d = {}
with CM('v') as d['key']:
    pass
print(d)
import contextlib
@contextlib.contextmanager
def gen_cm():
    print('setup')
    try:
        yield 'res'
    except ZeroDivisionError:
        print('handled zde')
    finally:
        print('teardown')
with gen_cm() as r:
    print(r)
    1 / 0
print('after')
