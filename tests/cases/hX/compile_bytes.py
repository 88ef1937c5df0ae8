srcs = [b"# -*- coding: latin-1 -*-\ns = '\xe9'\n", b"s = '\xc3\xa9'\n", b"\xef\xbb\xbfs = 'bom'\n", b"# coding: utf-8\ns = '\xc3\xa9'\n",
        b"\n# vim: fileencoding=cp1252\ns = '\x80'\n", b"s = 1\n# coding: latin-1\nt = 2\n", b"# coding: nonsense\ns = 1\n"]
for src in srcs:
    ns = {}
    try:
        exec(compile(src, 'src', 'exec'), ns)
        print(repr(ns.get('s')))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
for src in [b"x = 1\0"]:
    try:
        exec(src, {})
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
print(eval(b"'\xc3\xa9'"), eval(b"# coding: latin-1\n'\xe9'") if False else '')
