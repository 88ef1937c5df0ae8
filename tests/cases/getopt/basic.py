# getopt: getopt, gnu_getopt, long options, errors
import getopt

print(getopt.getopt(['-a', '-b', 'val', '-cfoo', 'x', '-d'], 'ab:c:d'))
print(getopt.getopt(['-abval', '--', '-c'], 'ab:c'))
print(getopt.getopt(['--alpha', '--beta=1', '--gam', '2', 'rest'], '', ['alpha', 'beta=', 'gamma=']))
print(getopt.getopt(['--al', 'x'], '', 'alpha'))
print(getopt.getopt(['-', '-a'], 'a'))
print(getopt.gnu_getopt(['x', '-a', 'y', '--beta', 'z', '--', '-a'], 'a', ['beta']))
print(getopt.gnu_getopt(['x', '-a', 'y'], '+a'))
print(getopt.gnu_getopt(['-a1', 'y', '-b'], 'a:b'))
cases = [(['-x'], 'ab', []), (['-b'], 'ab:', []), (['--foo'], '', ['bar']),
         (['--bar'], '', ['bar=']), (['--bar=1'], '', ['bar']), (['--ba'], '', ['bar', 'baz']),
         (['--b'], '', ['bar', 'bar=']), (['-:'], 'a:', [])]
for args, short, longs in cases:
    try:
        print(getopt.getopt(args, short, longs))
    except getopt.GetoptError as e:
        print('GetoptError:', e, '|', e.msg, '|', e.opt, '|', e.args)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
print(repr(getopt.GetoptError('m', 'o')), str(getopt.GetoptError('m')))
