class O:
    attr = 'A'
    lst = [1, 2]
    def __repr__(self): return 'O()'
d = {'k': 'v', 1: 'int1', '1': 'str1'}
tests = ["{0.attr}", "{0.lst[1]}", "{1[k]}", "{1[1]}", "{0!r:^10}", "{:{}}", "{0:{1}}", "{}{1}", "{1}{}", "{", "}", "{0", "{0!}", "{0!x}", "{0.}", "{0[}", "{0[]}", "{[k]}", "{.attr}",
         "{2}", "{a}", "{0:{1:{2}}}", "{!r}", "{0!r:}", "{:>{w}}", "{0.nope}", "{1[nope]}", "{0[0]}", "{{}}", "}}{{", "{0:}}", "{ 0 }", "{0 }", "{-1}", "{0[-1]}", "{1[ k]}", "{0.__class__.__name__}"]
for t in tests:
    try:
        print(repr(t), repr(t.format(O(), d, 5, w=6, a='a')))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
print('{0[k]}'.format_map({0: {'k': 1}}) if False else '', '{x}'.format_map({'x': 1}))
class Miss(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{a} {b}'.format_map(Miss(a=1)))
try: '{a}'.format_map(1)
except TypeError as e: print(e)
print('%s %r %a %d %i %o %x %X %e %f %g %c %%' % ('s', 'r', 'é', 1, 2, 8, 255, 255, 1.5, 1.5, 1.5, 65))
for fmt, args in [('%s', ()), ('%s %s', (1,)), ('%d', ('x',)), ('%(a)s', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%z', (1,)), ('%', ()), ('%5.2f|%-5d|%+d|% d|%05d', (3.14159, 3, 3, 3, 3)), ('%c', (1114112,)), ('%c', ('ab',)), ('%*d', (5, 1)), ('%.*f', (2, 3.14159)), ('%s', [1, 2]), ('%s', ((1, 2),)), ('%r', (b'x',)), ('a', (1,)), ('%x', (1.5,)), ('%d', (1.9,)), ('%#x %#o', (255, 8))]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
