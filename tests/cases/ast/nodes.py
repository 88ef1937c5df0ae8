import ast

src = '''
"""Module doc."""
import os, sys as system
from ..pkg import (a as b, c)
from . import d

@decorator(1)
def f(a, /, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc of f.

    More.
    """
    global g
    x = y = a + b * 2 ** -c
    x += 1
    z: list[int] = []
    return f"{x!r:>{w}} and {y}"

async def co():
    async with a as b, c:
        pass
    async for i in aiter():
        await i
    return [j async for j in k if j]

class C(Base, metaclass=Meta):
    attr = 1
    def m(self): yield from self.other; yield

for i, (j, k) in enumerate(items):
    if not i: continue
    elif i is None or i in {1, 2} and i not in [3]: break
    else: del d[i], e.f
else:
    pass

while x < 10 <= y != z:
    x = x if x else lambda q, *r, s=1: {**q, 1: 2}
try:
    raise ValueError('x') from None
except (ValueError, KeyError) as e:
    pass
except Exception:
    assert False, 'msg'
else:
    nonlocal_ = ...
finally:
    pass
with open('f') as fh, other():
    print(*args, sep='', **kw)
s = a[1:2, ::3], b[i], c[...], {k: v for k, v in d.items()}, {s for s in t}, (g for g in h)
t = b'bytes' b'more' if False else 0x10, 1_0.5e3, u'uni', 'a' 'b', 3j, -1, ~2, +3, not 4
print((n := 10), 1 < 2, a @ b, a // b, a % b, a << b >> c, a & b | c ^ d)
match command:
    case [x, y, *rest]:
        pass
    case {'k': v, **others}:
        pass
    case Point(x=0, y=yy) | Point(1, 2) if yy > 0:
        pass
    case str() as s:
        pass
    case None | True | -1 | 1+2j | 'lit' | a.b:
        pass
    case _:
        pass
try:
    pass
except* TypeError:
    pass
'''
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree, indent=2))
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree, annotate_fields=False))
for node in ast.walk(tree):
    if hasattr(node, 'lineno'):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    else:
        print(type(node).__name__)
print(ast.get_docstring(tree))
print(ast.get_docstring(tree.body[4]))
print(ast.get_docstring(tree.body[4], clean=False))
print(ast.get_docstring(tree.body[6]))
for mode, text in [('eval', 'a + 1'), ('single', 'x = 1'), ('exec', ''), ('eval', '(\n1,\n2)')]:
    print(ast.dump(ast.parse(text, mode=mode), include_attributes=True, indent=' '))
u = ast.parse('x = "é" + "\U0001f600" ; y = 1')
print(ast.dump(u, include_attributes=True))
print(ast.Module._fields, ast.Name._fields, ast.expr._attributes, ast.arguments._fields, ast.Constant.kind, ast.expr.end_lineno)
print(ast.Name.__mro__, ast.Add.__mro__, ast.alias.__mro__)
print(ast.Load, ast.AST, ast.PyCF_ONLY_AST)
