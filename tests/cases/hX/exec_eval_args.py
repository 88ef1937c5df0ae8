def mk():
    v = 'cell value'
    def inner(): return v
    return inner
f = mk()
try:
    exec(f.__code__, {}, closure=f.__closure__)
    print('exec with closure ok')
except TypeError as e:
    print('TypeError', e)
try:
    exec(f.__code__, {})
except TypeError as e:
    print('TypeError', e)
try:
    exec('x = 1', {}, closure=())
except TypeError as e:
    print('TypeError', e)
try:
    exec('x', globals=None) if False else exec('y = 1', None, None)
    print('None globals ok')
except TypeError as e:
    print('TypeError', e)
try: exec('x = 1', [])
except TypeError as e: print('TypeError', e)
try: exec('x = 1', {}, [])
except TypeError as e: print('TypeError', e)
try: eval('1', {}, [])
except TypeError as e: print('TypeError', e)
try: eval(1)
except TypeError as e: print('TypeError', e)
try: eval('1', 1)
except TypeError as e: print('TypeError', e)
class MapLocals:
    def __getitem__(self, k):
        if k == 'magic': return 42
        raise KeyError(k)
    def __setitem__(self, k, v): print('set', k, v)
print(eval('magic + 1', {}, MapLocals()))
exec('z = magic', {}, MapLocals())
try: eval('nope', {}, MapLocals())
except NameError as e: print('NameError', e)
print(eval('__builtins__ is not None', {}))
g = {}
exec('pass', g)
print('__builtins__' in g, type(g['__builtins__']).__name__)
print(eval(compile('1+2', 's', 'eval')), exec(compile('1+2', 's', 'eval')))
try: eval(compile('x=1', 's', 'exec'))
except Exception as e: print(type(e).__name__, e)
print(eval('  1 + 1'), eval('\t2'))
try: eval(' \n1')
except SyntaxError as e: print('SyntaxError', e.msg)
print(eval('1\n'), eval('(1 +\n 2)'))
