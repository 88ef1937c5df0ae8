import ast

snippets = ['a if b else c', '(a, b) = c', 'x = (yield)', 'lambda: (yield)', 'f(*a, **k)', '-(-1)',
            '(-1) ** 2', '2 ** -1', 'a.b.c', '(1).real', '1.0.real', 'not (a and b)',
            'a or b and c', '(a or b) and c', 'x[1:2, 3]', 'x[(1, 2)]', 'x[()]', 'x[*a]',
            'f"{a!r:>{w}} {b}"', 'f"{x}\\n{y!s}"', "f'{\"q\"}'", 'f"{ {1: 2}[1] }"',
            'print(x for x in y)', 'del (a), b', 'a = b = 1', 'x: int = 5', '(x): int',
            'import a.b as c', 'from . import (x)', 'from ..m import y as z',
            'class A(B, metaclass=M):\n  "doc"\n  x = 1',
            '@d\n@e(1)\ndef f(a, /, b=1, *c, d, e=2, **f) -> int:\n  return',
            'def g(*, a): pass', 'def h(a, b=2, /): pass', 'lambda *a, **k: 0', 'lambda: 0',
            'while 1:\n  pass\nelse:\n  pass',
            'try:\n  pass\nexcept E as e:\n  pass\nelse:\n  pass\nfinally:\n  pass',
            'try:\n  pass\nexcept* E:\n  pass', 'with a as b, c: pass', 'global a, b',
            'nonlocal x', 'raise E from F', 'raise', 'assert x, y', '{**a, 1: 2}', '{1, 2}', '{}',
            '[*a]', '(a := 1)', 'await x', 'async def f():\n async for a in b: pass\n async with c: pass',
            'match x:\n case [1, *r] | {"a": 1, **kw} | C(1, a=2) | None | -1+2j as z if z: pass\n case _: pass',
            'match p:\n case (a, b): pass\n case {**rest}: pass\n case [*_]: pass\n case Cls(x=1): pass',
            'x = 1e400, -1e400j, 1e400j', '"a\\nb" "\'"', 'u"x"', 'x = """a\nb"""', 'b"\\x00"', '...',
            'a < b < c', 'a is not b', 'a not in b', '(a, *b)', 'f(a)(b)', 'x = -1', '+x', '~x', 'not x',
            '(lambda x: x)(1)', 'a[b][c]', '[i for i in x if i if j for k in l]',
            '{k: v for k, v in x}', '{s async for s in t}', 'return x, y', 'for x, y in z: pass',
            'x = ()', 'x = (1,)', 'x, = y', 'if a:\n pass\nelif b:\n pass\nelif c:\n pass\nelse:\n pass',
            'if a:\n pass\nelse:\n if b: pass\n x = 1', 'x += 1', 'x **= 2', 'x @= m',
            'a = b if c else (d if e else f)', '(a if b else c) if d else e',
            'x = yield from y', 'def f():\n  """Doc "quoted"\n  more"""\n  return 1',
            "'''tricky\"'''", "x = 'it\\'s'", "x = '\\u20ac\\x00\\t'", 'x = 1 + 2 * 3 - (4 - 5)',
            'x = (a + b) * c ** -d // e % f @ g', 'x = a << b >> c & d | e ^ f',
            'x = [a, b][0:1:2]', 'x = a[::], a[1:], a[:2]', 'print(*args, sep="", **kw)',
            'x = 0x10 + 0o7 + 0b1 + 1_000', 'x = 1.5e-10 + 2j', 'import os, sys',
            'x = {"a": [1, {2, 3}, (4,)]}', 'assert (x := 1)', 'f(a, *b, c=1, **d)']
for s in snippets:
    tree = ast.parse(s)
    out = ast.unparse(tree)
    print(repr(out))
    again = ast.unparse(ast.parse(out))
    if again != out:
        print('  not stable:', repr(again))
print(ast.unparse(ast.parse('a + b', mode='eval')))
print(ast.unparse(ast.BinOp(ast.Name('x', ast.Load()), ast.Mult(), ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))))
print(ast.unparse(ast.Constant(value=(1, 2.5, 'x'))), ast.unparse(ast.Constant(value=float('nan'))))
print(ast.unparse(ast.Set(elts=[])), ast.unparse(ast.Tuple(elts=[ast.Constant(1)], ctx=ast.Load())))
