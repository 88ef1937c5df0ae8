x = 10
def f(a, b=2):
    c = a + b
    print(sorted(locals()), dir(), sorted(vars()))
    return eval('a * c'), eval('x + a'), eval('a + y', {'y': 100, 'a': 1})
print(f(3))
print(eval('1 + 2'), eval('[i * i for i in range(4)]'), eval('x', {'x': 5}), eval('x', {}, {'x': 6}), eval(' 7 '), eval('\t8'))
ns = {}
exec('def g(n):\n    return n * 2\nresult = g(21)', ns)
print(ns['result'], sorted(k for k in ns if k != '__builtins__'), '__builtins__' in ns)
for src, mode in [('1 +', 'eval'), ('x = ', 'exec'), ('return 5', 'exec'), ('x = 1', 'eval'), ('def f(:', 'exec'), ('a b', 'eval'), ('(', 'eval'), ('1 = x', 'exec'), ('f() = 1', 'exec'), ('del f()', 'exec'), ('x +=', 'exec'), ('if x:\nprint(1)', 'exec'), ('  x = 1', 'exec'), ('"abc', 'eval'), ("'''abc", 'exec'), ('break', 'exec'), ('continue', 'exec'), ('yield 1', 'exec'), ('await x', 'exec'), ('nonlocal x', 'exec'), ('lambda: (yield)', 'eval'), ('[x for x in 1 2]', 'eval'), ('f(x for x in y, 1)', 'eval'), ('f(**a, *b)', 'eval'), ('f(a=1, a=2)', 'eval'), ('def f(a, a): pass', 'exec'), ('x := 1', 'exec'), ('print "hi"', 'exec'), ('1_', 'eval'), ('0x', 'eval'), ('09', 'eval'), ('1e', 'eval'), ('a.1', 'eval'), ('True = 1', 'exec'), ('None += 1', 'exec'), ('__debug__ = 1', 'exec'), ('(a, b) += 1', 'exec'), ('f"{}"', 'eval'), ('f"{x!z}"', 'eval'), ("f'{'", 'eval'), ('\\', 'eval'), ('x = 1\n  y = 2', 'exec'), ('for x in range(3):\n    pass\n  else: pass', 'exec'), ('class C: return 1', 'exec'), ('def f():\n    x = 1\n    global x', 'exec'), ('import', 'exec'), ('from x import', 'exec'), ('from . import *', 'exec'), ('a if b', 'eval'), ('*a', 'eval'), ('*a = 1', 'exec'), ('a, *b, *c = d', 'exec'), ('{**a: 1}', 'eval'), ('[*a for a in b]', 'eval'), ('def f(*): pass', 'exec'), ('def f(**k, a): pass', 'exec'), ('def f(a=1, b): pass', 'exec'), ('else: pass', 'exec'), ('try:\n    pass\n', 'exec'), ('with a as 1: pass', 'exec'), ('x = 1 if 2', 'exec'), ('assert', 'exec'), ('raise from x', 'exec'), ('del', 'exec'), ('pass;;', 'exec'), ('é = 1\nprint(é)', 'exec'), ('x = $', 'exec'), ('x = 1 ? 2', 'exec'), ('`x`', 'eval'), ('a <> b', 'eval'), ('x === 1', 'eval'), ('if x = 1: pass', 'exec'), ('f(a for a in b for)', 'eval')]:
    try:
        code = compile(src, '<test>', mode)
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for f in [lambda: eval(5), lambda: exec(5), lambda: eval('x', 5), lambda: eval('x', {}, 5), lambda: compile('1', 'f', 'bad'), lambda: eval('zz'), lambda: exec('raise ValueError("in exec")'), lambda: eval(''), lambda: eval('   ')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(eval(compile('3 * 3', 'c', 'eval')), type(compile('pass', 'c', 'exec')).__name__, compile('x', 'fname', 'eval').co_filename, eval('__name__'), eval('__builtins__') is not None)
