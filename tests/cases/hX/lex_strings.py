# string and bytes literal prefixes and escapes
print(repr('a\
b'))
print(repr("\a\b\f\n\r\t\v\0\1\12\123\x41\N{LATIN SMALL LETTER A}\u00e9\U0001F600"))
print(repr(b"\a\b\f\n\r\t\v\0\x7f\xff\777"[:20]))
print(repr(r'\n\t\\'), repr(R"\d+"), repr(rb'\x00'), repr(Rb'\a'), repr(bR'\q'), repr(BR'z'), repr(br'z'))
print(repr(u'abc'), repr(U'abc'))
print(repr('\q\w'), len('\q'))
print(repr("""a
b\
c"""))
print(repr('''x''' 'y' "z"))
print(repr(b'a' b'b'))
print(repr(r'\''), repr(r"\""), len(r'\''))
print(repr('\N{EM DASH}'), repr('\N{em dash}'))
print(repr('\x00\x1f\x7f\x80\xa0\xad'))
print(repr('\ud800'))
print(repr("'"), repr('"'), repr('\'"'))
print(repr(b"'"), repr(b'"'), repr(b'\'"'))
s = 'ab' 'cd' \
    'ef'
print(s)
print(repr(f'{1}' 'a' f"{2}"))
print(repr(rf'\n{1+1}'), repr(fr'\t{2}'), repr(Rf'{3}\x'), repr(fR'{4}'), repr(RF'{5}'))
print('\101\1010', '\x410')
print(len('\U00010000'), ord('\U0010FFFF'))
for bad in ["'\\x4'", "'\\u12'", "'\\U1234567'", "'\\N{NOT A NAME}'", "b'\\u1234'", "b'é'", "'\\U00110000'", "'abc", '"""abc', "'\\N'", "'\\N{'"]:
    try:
        v = eval(bad)
        print('ok', repr(v))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)
