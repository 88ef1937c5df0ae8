# PureWindowsPath: drives, UNC shares, joining rules, case-insensitive comparison
from pathlib import PureWindowsPath as W
for args in [('c:/a', 'd:b'), ('c:/a', '/b'), ('c:/a', 'c:b'), ('c:', 'a'), ('//srv/share', 'x'), ('a', 'C:/B', 'c'), ('c:\\a\\..\\b',), ('/x',), ('C:/a/B.TXT',)]:
    p = W(*args)
    print(args, repr(p), p.parts, p.drive, p.root, p.is_absolute(), p.name, p.parent)
print(W('c:/a') / 'd:b', W('c:/a') / 'c:b', W('C:/A') == W('c:/a'), W('c:/a/b').relative_to('C:/A'), W('a/b').match('A/*'))
print(W('c:/x/y').relative_to('c:'), W('c:/x/y').relative_to('C:/'), W('c:a/b').relative_to('c:a'))
from pathlib import PurePosixPath as P
print(P(W('a\\b')), W(P('a/b')), P('x').with_name('y'), P('/a/b').parents[-1], P('a/b').relative_to('a'))
