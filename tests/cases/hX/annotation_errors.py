srcs = ["x: (y := 5)", "def f(a: (y := 1)): pass", "def f() -> (yield): pass", "x: (yield)", "async def f():\n    x: await y", "x: [z for z in y]", "def f(a: (yield)): pass", "class C:\n    x: (yield)", "def g():\n    x: (yield) = 1", "def g():\n    x: (y := 1) = 2", "x: lambda: (yield)", "def f(*a: (b := 1)): pass", "def f(**a: await b): pass", "x: [(yield) for z in y]"]
for fut in ['', 'from __future__ import annotations\n']:
    for s in srcs:
        try:
            compile(fut + s, 'a', 'exec')
            print('ok', repr(s))
        except SyntaxError as e:
            print(repr(s), e.msg, e.lineno, e.offset)
