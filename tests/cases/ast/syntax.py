import ast

for src in ['x = (1,\n  2\ny = 3', 'def f(:\n  pass', 'a b', '  x = 1', 'if x:\npass', 'f(**x, *y)',
            'x = 1 +', 'return', "'unterminated", 'x = 1\0']:
    try:
        ast.parse(src, 'myfile.py')
        print('ok', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    except ValueError as e:
        print('ValueError', e)
try:
    ast.parse('1', mode='bad')
except ValueError as e:
    print(e)
print(ast.dump(ast.parse(b'x = 1')))
