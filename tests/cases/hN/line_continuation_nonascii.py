for s in ['\\x', '\\é', 'ab\\éé', '\\\u4e00', '\\\U0001F600', 'é\\x', 'x = 1 + \\é 2', 'é = 1\nprint(é \\ é)']:
    for mode in ('exec', 'eval'):
        try:
            compile(s, 's', mode)
        except SyntaxError as e:
            print(repr(s), mode, e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
