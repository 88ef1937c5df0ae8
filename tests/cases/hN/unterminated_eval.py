tests = ['"""', "'''abc", 'x = """ab', '1 + """', '"""\n', "'''a\nb", 'a\\ b', '1 +\\x', '\\ ', 'x = 1 \\ # c', '\\\t1', '(\\ 1)']
for s in tests:
    for mode in ['exec', 'eval', 'single']:
        try:
            compile(s, 's', mode)
            print(repr(s), mode, 'ok')
        except SyntaxError as e:
            print(repr(s), mode, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
