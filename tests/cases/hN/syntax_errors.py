srcs = [
    "print('a' 'b' x)", "f(a b)", "x = [1, 2 3]", "if x\n  pass", "def f()\n pass", "while True print(1)",
    "for x in y\n pass", "class A\n pass", "x = (1, 2", "x = 1)", "x = [1, 2)", "f(x for x in y, 1)",
    "f() = 1", "x + 1 = 2", "1 = x", "'a' = 1", "None = 1", "True = 1", "del f()", "del 1", "(a, b) += 1",
    "x = 1 +", "x = 08", "x = 1_", "x = 0x", "x = 1__0", "x = 1e", "x = 0b2", "x = 0o8", "x = 1a", "x = 1.2.3",
    "if x = 1: pass", "while x = 1: pass", "x = yield = 3", "lambda x: yield", "def f(x, x): pass",
    "def f(a=1, b): pass", "def f(*, **k): pass", "def f(**k, a): pass", "f(**k, *a)", "f(a=1, b)", "f(a=1, a=2)",
    "return 1", "break", "continue", "yield 1", "await x", "async def f():\n yield from x",
    "nonlocal x", "def f():\n global x\n x = 1\n global x", "def f(x):\n global x",
    "x = 'abc", 'x = """abc', "x = '\\N{NOPE}'", "x = b'\\u1234' + b'é'", "x = '\\x1'",
    "  x = 1", "if 1:\npass", "if 1:\n    x\n  y", "\tif 1:\n  \tpass",
    "print 'hello'", "exec 'x'", "x = {1: 2, 3}", "x = {1, 2: 3}", "a, *b, *c = d", "*a = b", "x = *a",
    "import a.b as", "from x import", "from x import (a, b", "from . import *\n", "def f():\n from x import *",
    "x ++= 1", "x = 1 if 2", "x = [i for i in]", "[x for x in y if]", "f(=1)", "a.1", "x.  = 1",
    "try:\n pass", "try:\n pass\nfinally", "else: pass", "elif x: pass", "with open(x) as f(): pass",
    "x: int = 1 = 2", "a, b: int", "def f() -> : pass", "@\ndef f(): pass", "class A(x for x in y): pass",
    "match x:\n case 1 + 1:\n  pass", "x = f'{}'", "x = f'{x!z}'", "x = f'{'", "x = f'}'", "x = f'{x=!r:^20}'",
    "for x in range(3):\n  pass\n else: pass", "assert(x, 'msg')", "print(1,,2)", "x = ()", "(yield)",
    "def f(): x = yield from", "not x = 1", "x if y else z = 1", "x = 5 if True else", "[a, b] : int = 1",
    "x = 1\n  y = 2", "a = 1; ; b = 2", "def f(*): pass", "def f(a, /, b, /): pass", "f(*)", "0 < x = 3",
    "global x; x: int = 1", "x = 1e1_", "x = 1_e1", "x = 0_7", "x = 00", "x = 0777", "x = 1if 1else 2",
    "'''", "\"abc", "\\", "x = \\ 1", "(", ")", "]", "}", "[(])", "{)",
]
for s in srcs:
    try:
        compile(s, '<test>', 'exec')
        print(repr(s), 'OK')
    except SyntaxError as e:
        print(repr(s), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    except Exception as e:
        print(repr(s), 'OTHER', type(e).__name__, e)
