srcs = ["1 <> 2", "a ! b", "a != b", "a -> b", "a => b", "a ?? b", "a === b", "a && b", "a || b", "!a", "a++", "++a", "a--", "a ** * b", "a //= b", "a @= b", "a := b", "a ... b", ". . .", "a . b", "a.1", "a . 1", "1.a", "1 .a", "1..a", "1e5.real", "0x1f.real",
        "1_000.5_5", "1_e5", "1e_5", "0_b1", "0b_1_", "x = 1\\\n+2", "x = 1 \\ # c\n", "x = \\", "'''a''' '''b'''", "u'a' b'b'", "b'a' 'b'", "f'a' b'b'", "r'\\'", "r'\\\\'", "'\\\\\\''",
        "a\u00a0= 1", "a\u200b= 1", "a\t= 1", "a\x0c= 1", "a = 1;;", "a = 1;", ";", "if 1: ;", "x = [1,,]", "x = ()", "x = (,)", "x = [,]", "f(,)", "x = {,}", "x = 1,", "x = ,1",
        "print 1", "exec 'x'", "print >>f, x", "x = 0l", "x = 10L", "x = 0777", "x = 1 if 2", "def f(): ...", "class A: ...", "...", "Ellipsis = 1", "... = 1", "x = ...\ny = ...", "not = 1", "x.not = 1", "x.if", "import if", "from . import if", "def if(): pass", "class def: pass",
        "x = [1 2]", "x = (1 2)", "x = {1 2}", "f(1 2)", "x = a b", "x = 'a' 'b' c", "x = 1 + + 2", "x = 1 + - - 2", "x = not not 1", "x = a if b else c if d else e", "a[1:2:3:4]", "a[::]", "a[:,:]", "a[1:2, 3]"]
for s in srcs:
    try:
        compile(s, 'tok', 'exec')
        print('ok', repr(s))
    except SyntaxError as e:
        print(repr(s), '|', type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
