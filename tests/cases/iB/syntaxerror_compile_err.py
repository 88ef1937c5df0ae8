try:
    compile("x = (1,\n2", "frag.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e, e.filename)
src = "def f():\n    return 1\n   x = 2\n"
compile(src, "ind.py", "exec")
