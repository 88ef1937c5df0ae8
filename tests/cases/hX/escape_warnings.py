import warnings
srcs = [r"'\d'", r"'\d\w'", r"b'\d'", r"'\777'", r"b'\777'", r"'\400'", r"'\377'", r"b'\u1234'", r"b'\N{x}'", r"f'\d{1}'",
        r"f'{1}\q'", r"'a' '\p' '\z'", r"rb'\d'", r"r'\d'", r"'\8'", r"'\9'", "'\\\n'", r"'\ '", r"'''\d'''", r"f'{1:\d}'",
        r"'\é'", r"u'\d'", r"'\01\d'", r"'\x41\d'"]
for s in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            v = eval(s)
        except (SyntaxError, ValueError) as e:
            print(repr(s), type(e).__name__, e)
            continue
    print(repr(s), repr(v), [(x.category.__name__, str(x.message), x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    for s in [r"x = 1; y = '\d'", "x = 1\ny = b'\\q'\n", r"z = f'{1}\d'"]:
        try:
            compile(s, 'file.py', 'exec')
        except SyntaxError as e:
            print(repr(s), 'SyntaxError', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
exec(r"print('\d exec')")
print(eval(r"'\d eval'"))
