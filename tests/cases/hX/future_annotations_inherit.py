from __future__ import annotations
ns = {}
exec('def f(x: undefined_name) -> Other: pass', ns)
print(ns['f'].__annotations__)
c = compile('def g(y: Nope): pass', 'c', 'exec')
exec(c, ns)
print(ns['g'].__annotations__)
try:
    exec(compile('def h(z: Missing): pass', 'c', 'exec', dont_inherit=True), ns)
except NameError as e:
    print('NameError', e)
print(eval('(lambda: 1)()'))
