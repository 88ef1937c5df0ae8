# String literals: quotes, prefixes, escapes, implicit concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('a' 'b' "c" '''d''', 'x'
      'y')
print(r'\n raw', R'\t', r"\"", r'\\')
print(u'unicode', U'prefix')
print('\x41\x42', '\101\102', '\u00e9', '\U0001F600', '\N{LATIN SMALL LETTER E WITH ACUTE}')
print('tab\there', 'bell\a'.encode(), '\0\1\7'.encode())
print(len('\
'), 'line\
continued')
print(repr('\\d'), repr('\q'))
print("""multi
line
string""")
print('''a\
b''')
print(repr('\r\n\f\v\b'))
print('' '' '', repr(''))
print(ascii('é'), repr('é'))
