# pathlib pure paths: parsing, parts, name/suffix/stem, parents, joining, relative_to, match, errors
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath

for s in ['', '.', 'a', 'a/b', '/a/b/', '//a/b', '///a', 'a/./b/../c', '/', 'a//b', 'x.tar.gz',
          '.bashrc', 'a/b.', 'a/..', '/etc/passwd', 'dir/file.txt']:
    p = PurePosixPath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), repr(p.parent),
          list(p.parents), p.is_absolute(), p.as_posix(), p.is_reserved())
print(PurePath('a', 'b', '/c', 'd'), PurePath('a') / 'b' / 'c', 'x' / PurePath('y'),
      PurePath('/a').joinpath('b', 'c'), PurePath(PurePath('a'), 'b'))
p = PurePosixPath('/usr/lib/python3/x.py')
print(p.parents[0], p.parents[-1], p.parents[1:3], p.parents[::2], len(p.parents), repr(p.parents))
try:
    p.parents[10]
except IndexError as e:
    print('IndexError', e)
print(p.with_name('y.txt'), p.with_suffix('.pyc'), p.with_suffix(''), p.with_stem('z'),
      PurePath('a.tar.gz').with_suffix('.bz2'))
print(p.relative_to('/usr'), p.relative_to('/usr/lib/python3/x.py'), p.relative_to('/'),
      PurePath('a/b').relative_to('a'), PurePath('a/b').relative_to(''),
      p.is_relative_to('/usr'), p.is_relative_to('/etc'))
for f in [lambda: p.relative_to('/etc'), lambda: PurePath('a').relative_to('/a'),
          lambda: PurePath('/a').relative_to('a'), lambda: PurePath('/a').relative_to(''),
          lambda: PurePath('a').with_name(''), lambda: PurePath('a').with_name('b/c'),
          lambda: PurePath('').with_name('x'), lambda: PurePath('/').with_suffix('.x'),
          lambda: PurePath('a').with_suffix('b'), lambda: PurePath('a').with_suffix('.'),
          lambda: PurePath('a').with_suffix('./b'), lambda: PurePath('a').relative_to(),
          lambda: PurePath(1), lambda: PurePath(b'x'), lambda: PurePath('a') < 'b',
          lambda: PurePath('a').match(''), lambda: PurePath('a').as_uri(),
          lambda: PurePath('a') / 3]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'),
                  ('/a.py', '/*.py'), ('a/b.py', '/*.py'), ('b.py', 'a/*.py'), ('A.PY', '*.py')]:
    print(path, pat, PurePath(path).match(pat))
print(PurePath('a') == PurePath('a'), PurePath('a') == PurePath('a/'), PurePath('a') == 'a',
      PurePath('a') < PurePath('b'), PurePath('/z') > PurePath('a'), sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]))
print(hash(PurePath('a/b')) == hash(PurePath('a//b')), len({PurePath('a'), PurePath('./a'), PurePath('b')}))
print(PurePath('/a b/ü').as_uri(), PurePath('/x').as_uri(), bytes(PurePath('/a/b')))
import os
print(os.fspath(PurePath('a/b')), isinstance(PurePath('a'), os.PathLike), os.path.join(PurePath('a'), 'b'))
print(type(PurePath('a')).__name__, type(Path('a')).__name__, isinstance(Path('a'), PurePath),
      isinstance(Path('a'), PurePosixPath), repr(Path('a/b')), Path('a') == PurePosixPath('a'))
w = PureWindowsPath('c:/Users/x/file.TXT')
print(repr(w), str(w), w.parts, w.drive, w.root, w.anchor, w.name, w.suffix, w.parent, w.as_posix())
print(PureWindowsPath('//server/share/dir').parts, PureWindowsPath('C:a').anchor,
      PureWindowsPath('a') == PureWindowsPath('A'), PurePosixPath('a') == PureWindowsPath('a'),
      PureWindowsPath('c:/x').is_absolute(), PureWindowsPath('/x').is_absolute(),
      PureWindowsPath('nul').is_reserved(), PureWindowsPath('c:/a b').as_uri())
