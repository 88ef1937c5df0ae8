from collections import UserDict, UserList, UserString
class D(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(str(k), v)
d = D({1: 'a'}, b=2); d[3] = 'c'; print(d, d.data, len(d), '1' in d, 1 in d)
print(repr(UserDict()), UserDict(a=1) == {'a': 1}, d.copy(), type(d.copy()).__name__)
try:
    d['zz']
except KeyError as ex:
    print(repr(ex))
print(d.get('zz'), d.pop('1'), d)
print(UserDict(a=1) | {'b': 2})
l = UserList([3, 1, 2]); l.sort(); print(l, l[0], l[1:], type(l[1:]).__name__)
l.append(4); l += [5]; print(l + [6], [0] + l, l * 2, len(l), l.index(4), l.count(1))
print(l == [1, 2, 3, 4, 5], l < [2], repr(UserList()))
l.reverse(); print(l, l.pop(), l.pop(0), l)
try:
    l.remove(99)
except ValueError as ex:
    print(ex)
del l[0]; print(l, 3 in l, list(reversed(l)))
s = UserString('Hello'); print(s, repr(s), s.upper(), s[1:3], type(s[1:3]).__name__, s + '!', '>' + s)
print(s * 2, len(s), s.find('l'), s.split('l'), s.replace('l', 'L'), 'ell' in s, s == 'Hello', s < 'J')
print(s.center(11, '*'), s.startswith('He'), s.encode(), int(UserString('42')) + 1, float(UserString('1.5')))
print(s.format(), UserString('{0}-{x}').format(1, x=2), s % () if False else UserString('%d%%') % 5)
print(sorted([UserString('b'), UserString('a')]), hash(UserString('a')) == hash('a'))
