srcs = [
    "def f(x):\n    def g():\n        nonlocal x\n        x = 1\n    return g",
    "def f(x):\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "def f():\n    print(x)\n    global x",
    "def f():\n    x: int = 1\n    global x",
    "def f():\n    global x\n    x: int = 1",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2",
    "def f():\n    global x, y\n    nonlocal y",
    "class C:\n    nonlocal x",
    "def f():\n    class C:\n        nonlocal x",
    "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2",
    "def f():\n    def g():\n        nonlocal __class__",
    "class C:\n    def f(self):\n        nonlocal __class__\n        __class__ = 1",
    "def f():\n    for x in []:\n        pass\n    global x",
    "def f():\n    import x\n    global x",
    "def f():\n    def x(): pass\n    global x",
    "def f(a):\n    global a",
    "def f(*a):\n    global a",
    "lambda: (yield)",
    "def f():\n    [(yield) for x in y]",
    "def f():\n    del x\n    nonlocal x",
    "x = 1\nglobal x",
    "def f():\n    with a as x:\n        pass\n    global x",
    "def f():\n    try:\n        pass\n    except E as x:\n        pass\n    global x",
]
for s in srcs:
    try:
        compile(s, "<t>", "exec")
        print("OK")
    except SyntaxError as e:
        print(f"{e.msg!r} line={e.lineno}")
