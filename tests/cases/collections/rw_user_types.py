# UserDict, UserList, UserString behave like their builtin counterparts
from collections import UserDict, UserList, UserString
import copy
u = UserDict({'a': 1}, b=2)
print(u, len(u), u['a'], 'b' in u, list(u), u.get('zz', 0), u.data)
u['c'] = 3
del u['a']
print(u, u | {'d': 4}, {'d': 4} | u, u | UserDict(e=5), UserDict.fromkeys('xy', 1))
u |= {'z': 26}
print(u, u.copy(), type(u.copy()).__name__, copy.copy(u) is u, u == {'b': 2, 'c': 3, 'z': 26})
class Miss(UserDict):
    def __missing__(self, key):
        return key * 2
m = Miss(a=1)
m.extra = 'x'
n = m.copy()
print(m['zz'], m.get('zz'), n, type(n).__name__, n.extra, n.data is m.data)
try:
    u['nope']
except KeyError as e:
    print('KeyError', e)

L = UserList([3, 1, 2])
print(L, L[0], L[1:], type(L[1:]).__name__, len(L), 2 in L, L == [3, 1, 2], L < [4], L >= UserList([3]))
L.append(5); L.insert(0, 9); L.extend(UserList([7])); L.extend((8,))
print(L, L.pop(), L.pop(0), L.count(1), L.index(2))
L.remove(1); L.reverse(); print(L); L.sort(); print(L); L.sort(reverse=True); print(L)
print(L + [0], [0] + L, L + UserList([6]), L + (4,), L * 2, 2 * L)
L += (1,); L *= 2
print(L, type(L).__name__, L.copy(), copy.copy(L), list(reversed(L)))
L[0] = 'x'; del L[1]; L[1:3] = ['s']
print(L)
L.clear(); print(L, UserList(), UserList('ab'), UserList(UserList([1])))
try:
    hash(L)
except TypeError as e:
    print('TypeError', e)

s = UserString('Hello World')
print(s, repr(s), len(s), s[0], s[::-1], type(s[1:]).__name__, 'World' in s, UserString('lo') in s)
print(s.upper(), s.lower(), s.title(), s.swapcase(), s.casefold(), s.capitalize(), s.center(15, '*'))
print(s.count('l'), s.count(UserString('o')), s.find('o'), s.rfind('o'), s.index('W'), s.rindex('l'))
print(s.split(), s.split('o', 1), s.rsplit(maxsplit=1), s.partition(' '), s.rpartition('o'))
print(s.replace('l', 'L', 2), s.replace(UserString('World'), UserString('There')), s.startswith('He'), s.endswith('d'))
print(s.removeprefix('Hello '), s.removesuffix(UserString('World')), s.zfill(14), s.ljust(13, '.'), s.rjust(13))
print(s.strip('Hd'), s.lstrip('H'), s.rstrip('d'), s.expandtabs(), s.encode(), s.encode(None, None))
print(s.isalpha(), UserString('abc').isalpha(), UserString('12').isdigit(), s.isascii(), s.istitle())
print(UserString('{0}-{x}').format(1, x=2), UserString('{a}').format_map({'a': 'A'}), UserString('%s!') % 'hi')
print(s + '!', '!' + s, s + UserString('?'), s * 2, 3 * UserString('ab'), s + 5)
print(s == 'Hello World', s < 'Z', s > UserString('A'), hash(s) == hash('Hello World'), sorted([UserString('b'), UserString('a')]))
print(int(UserString('42')), float(UserString('1.5')), complex(UserString('1+2j')), str(s), s.join(['a', 'b']))
print(UserString(5), UserString(s), s.splitlines(), UserString('a\nb').splitlines(True), s.translate({ord('o'): '0'}))
print(UserString.maketrans('a', 'b'), '%s|' % UserString('x'), UserString('x').__getnewargs__())
print(s.count('o', 5), s.count('o', start=5, end=8), s.find(UserString('o'), 5), s.rfind('o', end=6),
      s.index('o', start=5), s.rindex('l', 0, 4), s.startswith('World', start=6), s.endswith('Hello', end=5),
      s.startswith(('x', 'H')), s.count('l', 0, -2))
for bad in (lambda: s.index('zz'), lambda: s.count(5), lambda: s.removeprefix(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
