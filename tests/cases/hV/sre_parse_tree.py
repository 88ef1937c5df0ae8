import warnings
warnings.simplefilter('ignore', DeprecationWarning)
import re
import sre_constants, sre_parse, sre_compile
import re._parser as P
import re._constants as C
print(sre_constants.MAXREPEAT, sre_constants.MAXGROUPS, sre_constants.MAGIC, sre_constants.error is re.error)
print(sre_constants.LITERAL, int(sre_constants.LITERAL), sre_constants.OPCODES[:5], repr(C.AT_BEGINNING))
print(sre_constants.SRE_FLAG_IGNORECASE, C.SRE_FLAG_VERBOSE, C.SRE_INFO_PREFIX)
for pat in [r'a|b', r'(a)b*', r'x|xy|xz', r'^a|b[0-9]\w$', r'(?P<n>a|b)+c*?[^x-z\d]\1(?=q)(?<!w)\b$',
            r'(a)(?(1)bc|d)', r'(?>a+)b', r'a++b?+', r'(?i:ab)c', r'(?s).', r'\Aa\Z', r'[a]', r'[^a]', r'a{2,5}?',
            r'(?:ab|ac)', r'(?x) a b # c', r'\B\s\S\W\D', rb'\x00[\xff-\xff]', r'(a)|b', r'a{3}', r'(?m)^$', r'()',
            r'(?:)', r'', r'a|', r'(?#c)x', r'[\s\w-]', r'(?=a)(?!b)(?<=c)(?<!d)', r'(?i)[A-Z]', r'[ab]|c']:
    p = sre_parse.parse(pat)
    print(repr(pat), p, p.getwidth(), p.state.groups, p.state.groupdict, p.state.flags)
    p.dump()
p = P.parse('a(?P<x>b)')
print(type(p).__name__, len(p), p[1], p[0:1], type(p[0:1]).__name__, p[-1][0] is C.SUBPATTERN)
print(P.parse('(?i)a').state.flags, P.parse('a', re.I).state.flags, P.parse(b'a').state.flags)
for bad in ['(', 'a**', '(?P<1>x)']:
    try:
        sre_parse.parse(bad)
    except re.error as e:
        print(type(e).__name__, e)
print(sre_compile.compile('a+b').match('aab'), sre_compile.isstring('x'), sre_compile.isstring(1))
print(P.parse(r'a*').getwidth(), P.parse(r'(a|bc)\1').getwidth(), P.parse(r'x|').getwidth(), P.parse(r'(?=abc)d').getwidth())
print(P.parse(r'(a)(?(1)bc|d)').getwidth(), P.parse('.+?').getwidth(), P.parse('[abc]{2}').getwidth(), P.parse('(?:a{1000}){1000}').getwidth())
print(P.MAXWIDTH, C.MAX_REPEAT, C.MIN_REPEAT, isinstance(C.LITERAL, int), C.LITERAL == 16)
