# 3.11: numeric group names not written in ASCII digits are deprecated (a DeprecationWarning
# at the caller's line), both in patterns (?(+1)...) and in templates \g<+1>.
import re
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for p in [r'(a)(?(+1)a|b)', r'(a)(?(１)a|b)', r'(a)(?( 1)a|b)', r'(a)(?(01)a|b)', r'(a)((?(1)x|y))']:
        try:
            print(repr(p), re.compile(p).groups)
        except Exception as e:
            print(repr(p), type(e).__name__, e)
    for t in [r'\g<+1>', r'\g<１>', r'\g<01>', r'\g<1_0>', r'\g<+5>', r'\g<1>']:
        try:
            print(repr(t), re.sub('(a)', t, 'a'))
        except Exception as e:
            print(repr(t), type(e).__name__, e)
    print(re.sub(b'(a)', br'[\g< 1>]', b'xa'))
for w in caught:
    print(w.category.__name__, w.message, w.lineno)


def via_method():
    return re.compile('(b)').sub(r'\g<+1>\g<+1>', 'abc')


print(via_method())
print(re.match('(a)(b)', 'ab').expand(r'\g<+2>\g<1>'))
print(re.subn('(x)', r'<\g<１>>', 'xyx'))
re.compile(r'(a)(?:(?(+1)a|b))')
re.match('(a)', 'a').group(2)
