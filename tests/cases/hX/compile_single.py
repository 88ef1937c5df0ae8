import sys, builtins
for src in ['1 + 1', 'None', 'x = 5', 'x', '"s"', '[1, 2]', 'for i in range(2): i', 'if 1:\n  3\n  4\n', 'def f(): return 1\n', 'f()', 'print("p")', '_', '(yield)' if False else '7 if 0 else 8']:
    try:
        exec(compile(src, '<stdin>', 'single'))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
print(builtins._)
def hook(v):
    print('hook got', repr(v))
sys.displayhook = hook
exec(compile('42', '<s>', 'single'))
exec(compile('None', '<s>', 'single'))
sys.displayhook = sys.__displayhook__
for src in ['1; 2', '1\n2', 'x = 1\ny = 2', '', '\n', '# comment', 'if 1:\n  pass']:
    try:
        exec(compile(src, '<s>', 'single'))
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)
try:
    exec(compile('1/0', '<stdin>', 'single'))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
