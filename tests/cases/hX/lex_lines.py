# line joining and indentation
x = 1 + \
    2
print(x)
y = (1,
2,
     3)
print(y)
if True:
	print('tab')
if True:
        print('spaces')
def f():
    return [1,
  2]   # implicit join ignores indentation
print(f())
z = {'a':
1}
print(z)
# comment line

      # indented comment
print('after comments') ; print('semicolon');
if 1: print('one-line if'); print('second')
while 0: pass
else: print('else')
src = "if 1:\n\tx = 1\n        y = 2\n"
try:
    exec(src)
    print('tab mix ok')
except (SyntaxError, TabError) as e:
    print(type(e).__name__, e.msg)
for src in ["if 1:\n  a=1\n    b=2\n", "if 1:\n    a=1\n  b=2\n", "if 1:\npass\n", "  x = 1\n", "x = (1,\n", "x = 1 \\ 2", "x = [1, 2\n", "x = 1)\n", "x = (1]\n", "\\\n", "def f():\n\tif 1:\n        pass\n"]:
    try:
        exec(src)
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
exec("x = 1\r\ny = 2\rprint(x + y)\n")
exec("print('no newline at end')")
exec("if 1:\n    pass\n\n\n")
print(eval(" 1 + \\\n 2"))
