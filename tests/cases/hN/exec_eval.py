g = {'a': 5}
print(eval('a + 1', g), eval('a * b', g, {'b': 3}), exec('c = a + 1', g), g['c'], sorted(k for k in g if k != '__builtins__'), '__builtins__' in g)
l = {}
exec('x = 1\ny = x + 1\ndef f(): return y', {}, l)
print(sorted(l), l['y'])
code = compile('1 + 2', '<s>', 'eval'); print(eval(code), code.co_filename, type(code).__name__)
exec(compile('3 * 4\nprint("stmt")\n', '<s>', 'exec'))
exec(compile('5 * 6', '<s>', 'single'))
exec(compile('None', '<s>', 'single'))
exec(compile('if 1:\n  7\n', '<s>', 'single'))
exec(compile('x = 9; x', '<s>', 'single'))
for src, mode in [('x = 1', 'eval'), ('1\n2', 'single'), ('', 'eval'), ('', 'exec'), ('1;', 'eval'), ('   1', 'eval'), ('\n\n1', 'eval'), ('1', 'bogus')]:
    try:
        r = compile(src, 'f.py', mode)
        print(repr(src), mode, 'ok', eval(r) if mode == 'eval' else '')
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset)
    except Exception as e:
        print(repr(src), mode, type(e).__name__, e)
class M(dict):
    def __getitem__(self, k):
        if k == 'magic': return 42
        return dict.__getitem__(self, k)
print(eval('magic + 1', {}, M()))
try:
    eval('undefined_name')
except NameError as e:
    print(type(e).__name__, e)
try:
    exec('raise ValueError("inside")')
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval('1/0')
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    exec('def f(:\n pass')
except SyntaxError as e:
    print(e, '|', e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    eval(b'1 +')
except SyntaxError as e:
    print(e, '|', e.args)
print(eval(b'2**10'), eval('  3'), eval('\t4'), eval('(5\n)'), eval('[1,\n2]'))
try:
    eval('  3\n  4')
except SyntaxError as e:
    print(e)
try:
    compile('x', 'f', 'exec', flags=0xFFFFFF)
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec('a\x00b')
except Exception as e:
    print(type(e).__name__, e)
ns = {}
exec('import math\nr = math.floor(2.5)', ns); print(ns['r'])
exec('global gg\ngg = 3'); print(gg)
print(eval('__name__'), eval('__name__', {}), eval('__name__', {'__name__': 'n'}))
print(eval('[i for i in range(3)]', {}), eval('(lambda q: q * 2)(4)'), eval('sum(x for x in range(5))', {'range': range, 'sum': sum}))
try:
    eval('len("a")', {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
