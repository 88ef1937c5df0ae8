import warnings
srcs = ["x is 1", "not x is 1", "not x is not 1", "not (x is 'a')", "x is not ()", "1 is x",
        "not x in [1] and x is -1", "not (x and x is 5)", "not f(x is 3)", "x is 1 is 2",
        "not x is 1 is 2", "x is None", "x is True", "x is ...", "x is (1, 2)", "x is -1",
        "if not x is 1: pass", "while not x is 'a': pass", "y = not x is b''",
        "[1, 2](3)", "(1, 2)(3)", "'abc'(1)", "f'{x}'(1)", "None()", "1(2)", "[1][0]",
        "(1, 2)[x]", "'ab'[x]", "{1}[0]", "1[0]", "assert (x, 'msg')", "assert ()",
        "[x for x in 0x1for]", "1if x else 2", "0o7and x", "1not in x", "0b1or x"]
for s in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(s, 'case', 'exec')
        except SyntaxError as e:
            print(repr(s), 'SyntaxError', e.msg)
            continue
    print(repr(s), [(x.category.__name__, str(x.message), x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        compile('x is 5', 'f', 'eval')
    except SyntaxError as e:
        print('as error:', e.msg, e.lineno, e.offset)
