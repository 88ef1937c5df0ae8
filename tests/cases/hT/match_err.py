srcs = [
 "match x:\n case a:\n  pass\n case b:\n  pass",
 "match x:\n case _:\n  pass\n case 1:\n  pass",
 "match x:\n case {'a': 1, 'a': 2}:\n  pass",
 "match x:\n case [a, a]:\n  pass",
 "match x:\n case a | b:\n  pass",
 "match x:\n case (a | 1):\n  pass",
 "match x:\n case [*a, *b]:\n  pass",
 "match x:\n case {**a, **b}:\n  pass",
 "match x:\n case {**_}:\n  pass",
 "match x:\n case C(a=1, a=2):\n  pass",
 "match x:\n case C(a=1, 2):\n  pass",
 "match x:\n case 1 + 2:\n  pass",
 "match x:\n case -1 - 1j:\n  pass",
 "match x:\n case 1j + 1:\n  pass",
 "match x:\n case f():\n  pass",
 "match x:\n case a.b():\n  pass",
 "match x:\n case {a: 1}:\n  pass",
 "match x:\n case {a.b: 1}:\n  pass",
 "match x:\n case _ as y:\n  pass",
 "match x:\n case 1 as _:\n  pass",
 "match x:\n case 1 as a.b:\n  pass",
 "match x:\n case f'x':\n  pass",
 "match x:\n case *a:\n  pass",
 "match x:\n  pass",
 "match x:\n case 1:\n  pass\n else:\n  pass",
 "match = 1\nmatch.x = 2\ncase = match",
 "match(x)",
 "match x, y:\n case a, b:\n  pass",
 "match *x, y:\n case _:\n  pass",
 "match x:\n case (1 | 2 as a) | 3:\n  pass",
 "match x:\n case [1, 2] if True:\n  pass\n case _ if x:\n  pass\n case y:\n  pass",
 "match x:\n case True | False | None:\n  pass",
 "match x:\n case 'a' 'b':\n  pass",
 "match x:\n case b'a' 'b':\n  pass",
 "match x:\n case {1: _, 'x': [*_], None: {}}:\n  pass",
]
for s in srcs:
    try:
        compile(s, "<m>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
