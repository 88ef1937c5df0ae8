import tomllib

cases = [
    'a = "abc\n', 'a = """abc', "a = 'abc", "a = '''abc", "a = 1 # \x00",
    'a = "\\q"', 'a = "\\u12"', 'a = "\\uD800"', 'a = "\\U00110000"', '[a', '[[a]', 'a', '= 1',
    'a = ', 'a = [1,', 'a = [1 2]', 'a = {b=1', 'a = {b=1 c=2}', 'a = {b=1,}',
    'a="""x\\ y"""', 'a = 1\na = 2', 'a = 1\na.b = 2', 'a.b = 1\na = 2',
    '[a]\n[a]', '[a]\nb=1\n[a.b]', 'a = {}\n[a]', 'a = [1]\n[a.b]', 'a = []\n[[a]]',
    'a = 1\n[[a]]', 'a = 1\n[a]', 'a = 1\n[a.b]', 'a = {b = 1}\na.c = 2',
    'a = {b = {}}\na.b.c = 2', 'a = {b = 1, b = 2}', 'a = {b = {}, b = {}}',
    'a = {b = [], b.c = 1}', 'a = {b = 1, b.c = 1}', '[a.b]\n[a]\nb.c = 1',
    '[[a]]\n[a]', '[x]\n[[x.y]]\n[x]', '[[x.y]]\n[x]\ny.z = 1', 'a.b = 1\n[a]',
    '[t]\na.b = 1\n[t.a]', 'a = 1 b = 2', 'a = truee', 'a = tru', 'a = 01',
    'a = 1__2', 'a = 1.', 'a = .5', 'a = 0x', 'a = 1e', 'a = +0x10', 'a = 1979-13-01',
    'a = 2021-02-30', 'a = 1979-05-27T25:00:00', 'a = 1979-05-27T07:32', 'a = 07:32',
    'a = 24:00:00', '"a\nb" = 1', "'a\nb' = 1", 'a.. = 1', '.a = 1', 'a. = 1',
    '[]', '[[]]', '[a]]', '[a] b', '[a]\n\x00', 'a = "\x01"', "a = '''\x00'''",
    'a = """\x7f"""', '# \x7f', 'a = [1, # c \x00\n]', 'a = {\n}', 'a = {b = 1\n}',
    'x = """a\\   b"""', 'a = "\\', 'a = """\\', 'k = "v"\n\n\n  z', 'k=1\nn= inf1',
    'nan = nan\ninf = -inf\nx = nana', 'a = [[1], [2]\n', 'a = {a.b.c = 1, a.b = 2}',
    '\ufeffa = 1', 'a = "\\x41"', 'a = """\n\\\n\n  x"""\nb = %',
]
for i, text in enumerate(cases):
    try:
        r = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        print(i, repr(text), "->", e)
    else:
        print(i, repr(text), "OK", r)
