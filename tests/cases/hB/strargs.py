def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
calls = [
    lambda: 'a'.startswith(1), lambda: 'a'.endswith((1,)), lambda: 'a'.startswith(('a', 1)), lambda: 'a'.split(None, 'x'), lambda: 'abc'.count(None), lambda: ', '.join(5), lambda: ', '.join([1]),
    lambda: 'a'.replace('a'), lambda: 'a'.center(), lambda: 'a'.center(5, ''), lambda: 'a'.center(5, 1), lambda: 'a'.find('a', 'b'), lambda: 'a'.find('a', None, None), lambda: 'abc'.find('c', -1), lambda: 'a'.index('a', 1.5),
    lambda: 'a'.strip(None), lambda: 'a'.strip(''), lambda: 'abc'.split(maxsplit=1), lambda: 'a b c'.split(sep=None, maxsplit=-1), lambda: 'a b c'.rsplit(maxsplit=1.0), lambda: 'a'.encode(encoding=None),
    lambda: 'a'.encode('utf-8', errors=None), lambda: 'a'.zfill(None), lambda: 'a'.expandtabs(tabsize=2), lambda: 'a'.splitlines(keepends=2), lambda: 'a%s'.format(1), lambda: 'x'.translate(5), lambda: 'abc'.translate({97: 5}),
    lambda: 'abc'.translate({97: 'xy', 98: None, 99: 0x1F600}), lambda: str.maketrans('ab', 'c'), lambda: str.maketrans(1), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans({1: 2, 'a': None}), lambda: 'a'.removeprefix(1),
    lambda: 'a'.partition(''), lambda: 'a'.rpartition(None), lambda: 'a'.ljust(3, 'xy'), lambda: 'a'.rjust(-5), lambda: 'a' * -5, lambda: 'abc'.casefold(1), lambda: 'a'.isdigit(1), lambda: 'a'.__contains__(1), lambda: 'a'.__getitem__(None),
    lambda: 'abc'[1:2:0], lambda: 'abc'[None:None:None], lambda: 'abc'['a':], lambda: 'abc'[1.5:], lambda: [1, 2][:'x'], lambda: (1, 2)[::'x'], lambda: 'abc'[10**30], lambda: 'abc'[-10**30:10**30], lambda: [1][10**30],
    lambda: 'x'.format_map(None), lambda: '{a}'.format_map([]), lambda: 'a'.count('a', 0, 1, 2), lambda: 'a'.upper(x=1), lambda: str.upper(), lambda: str.upper(b'x'), lambda: str.join(',', 'ab'), lambda: 'x'.__add__(1), lambda: 'x'.__mul__('a'),
    lambda: 'x'.__mod__(1), lambda: 'x'.__rmod__(1), lambda: 'x'.__lt__(1), lambda: 'x'.__eq__(1), lambda: 'abc'.__iter__().__next__(), lambda: 'x'.__len__(), lambda: 'x'.__hash__() == hash('x'), lambda: 'x'.__sizeof__() > 0,
    lambda: b'a'.startswith('a'), lambda: b'a'.split('a'), lambda: b'a'.replace(b'a'), lambda: b'a'.join(b'ab'), lambda: b'a'.join([b'x', 1]), lambda: b'abc'.count(None), lambda: b'abc'.count(256), lambda: bytes.maketrans(b'a', b'bc'),
    lambda: b'abc'.translate(b'x'), lambda: b'a'.center(3, 'x'), lambda: b'a'.decode(1), lambda: b'abc'.strip('a'), lambda: bytearray(b'abc').strip(bytearray(b'a')), lambda: b'a'.fromhex(b'61'), lambda: bytes.fromhex(1), lambda: b'x'.hex(1),
]
for c in calls:
    t(c)
