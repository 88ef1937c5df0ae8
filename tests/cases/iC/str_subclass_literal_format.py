# A format without fields/conversions returns the object itself (a str subclass stays one)
class S(str):
    pass
s = S('plain text')
for r in (s % (), s % [], s % {}, s.format(), s.format(1, k=2), s.format_map({}), S('%s') % 'x', S('a{{b}}').format(), S('') % (), S('').format(), S('{}').format(1)):
    print(repr(r), type(r).__name__)
print(s % () is s, s.format() is s, 'abc'.format() == 'abc')
for bad in [lambda: s % 5, lambda: s % (1,), lambda: S('%d') % 'x', lambda: s.format_map(), lambda: S('{').format()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class B(bytes):
    pass
print(type(B(b'ab') % ()).__name__, type(bytearray(b'x') % ()).__name__)
