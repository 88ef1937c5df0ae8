for s in ['> 10lambda', 'x = = 1abc', 'f"{>10lambda: 1}"', 'f"{> 1}"', 'f"{)1a}"', 'f"{1a}"', 'f"{x!r 1a}"', 'f"{x:{>1a}}"', "f'{a b 1_}'"]:
    try:
        eval(s)
    except SyntaxError as e:
        print(repr(s), e.msg, e.offset)
