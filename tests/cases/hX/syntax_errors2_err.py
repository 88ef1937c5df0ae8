srcs = [
 "def f():\n    print(x)\n    global x", "def f():\n    x: int\n    global x", "def f(x):\n    global x", "def f():\n    global x\n    x: int = 1",
 "x: int\nglobal x", "def f():\n    def g():\n        nonlocal y\n", "def f():\n    y = 1\n    def g():\n        y = 2\n        nonlocal y",
 "def f():\n    y = 1\n    def g():\n        nonlocal y\n        y: int = 3",
 "async def f():\n    yield 1\n    return 2", "async def f():\n    yield from x", "def f():\n    [await x for x in y]",
 "async def f():\n    [await x for x in y]", "async def f():\n    def g():\n        await x", "def f():\n    async for x in y: pass",
 "def f():\n    async with x: pass", "[x async for x in y]", "async def f():\n    return [x async for x in y]",
 "a[*b]", "a[*b, c]", "a[*b] = 1", "*a, = b", "*a = b", "print(*a)", "x = *a", "x = *a, *b", "del *a", "del (*a, b)", "del [a, *b]",
 "for *a in b: pass", "for *a, b in c: pass", "(*a)", "[*a]", "a = (*b)", "f(**a, *b)", "f(*a=1)", "f(a=*b)",
 "class C:\n    return 1", "class C:\n    yield 1", "def f():\n    class C:\n        nonlocal q\n    q = 1",
 "lambda: (yield)", "lambda: await x", "def f(a, a): pass", "lambda a, a: 0", "def f(a, *, a): pass", "def f(**a, **b): pass",
 "def f(*): pass", "def f(*, a=1, **k, b): pass", "def f(a, /, a): pass", "def f(/, a): pass", "def f(a, /, /): pass", "def f(a, *, /): pass",
 "def f(a=1, /, b): pass", "def f(*a=1): pass", "def f(**k=1): pass", "lambda *: 0", "lambda /: 0",
 "f(x for x in y, 1)", "f(1, x for x in y)", "f(x for x in y)", "class C(x for x in y): pass", "f(a, b for b in c)",
 "x = yield from", "def g():\n    x = yield from", "from __future__ import annotations, braces", "import a as b.c",
 "if True:\n    pass\n  else:\n    pass", "with a as (b, c): pass", "with a as b, c as d: pass", "with (a as b, c as d): pass", "with (a as b): pass",
 "with a as b.c, d[0] as e: pass", "with a as f(): pass", "with a as (yield): pass", "for x in *a, *b: pass", "for x in *a: pass",
 "return *a, *b", "def f():\n    return *a, *b", "def f():\n    yield *a, b", "x = [i for i in *a]", "x = [*a for a in b]", "x = {**a for a in b}",
 "x = {*a: 1}", "x = {a: *b}", "print(f'{*a}')", "a, b += 1", "a.b: int = 1", "a[0]: int", "(a): int", "(a, b): int = 1", "[a]: int",
 "def f(): x = 1; global x", "global x, y\nx = 1", "nonlocal x, y", "def f():\n    global __class__", "class C:\n    def f(self):\n        nonlocal __class__",
]
for s in srcs:
    try:
        compile(s, 'case', 'exec')
        print('ok', repr(s))
    except SyntaxError as e:
        print(repr(s), '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
