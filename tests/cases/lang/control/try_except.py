def risky(kind):
    if kind == 'v': raise ValueError('bad value')
    if kind == 'k': raise KeyError('key')
    if kind == 't': raise TypeError('type')
    return 'ok'
for kind in 'vktn':
    try:
        r = risky(kind)
    except ValueError as e:
        print('ValueError', e)
    except (KeyError, IndexError) as e:
        print('lookup', repr(e))
    except Exception:
        print('other')
    else:
        print('else', r)
    finally:
        print('finally', kind)
try:
    try:
        raise ValueError('inner')
    finally:
        print('cleanup')
except ValueError as e:
    print('caught', e)
try:
    raise KeyError
except KeyError as e:
    print(type(e).__name__, e.args)
try:
    pass
except:
    pass
else:
    print('no exception')
def f():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return 'e' in dir()
print(f())
e = 'outer'
try:
    raise TypeError('x')
except TypeError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError', err)
try:
    1 / 0
except ArithmeticError as ex:
    print(type(ex).__name__, ex)
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise
except ValueError as e2:
    print('reraised', e2)
def bare():
    try:
        raise IndexError('i')
    except:
        return 'bare except'
print(bare())
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise MyErr(42)
except MyErr as m:
    print(m, m.code, m.args)
try:
    raise ValueError
except (TypeError, ValueError) as e:
    print('tuple match', type(e).__name__)
excs = (KeyError,)
try:
    {}['x']
except excs as e:
    print('dynamic tuple', e)
