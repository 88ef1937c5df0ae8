# Bytes paths are not exercised: bytes methods (startswith, split, ...) are not in core yet.
# os.path string operations (no file system access).
import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.altsep, os.extsep, os.pathsep, os.curdir, os.pardir, os.devnull, repr(os.linesep), os.name)
J = os.path.join
for args in [('a', 'b'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'x'), ('a', ''), ('/',), ('a', 'b/', 'c')]:
    print('join', args, repr(J(*args)))
for p in ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', 'a//b', '//a//b//', 'a/b/c.txt', '.bashrc', 'a/.b.c', '..', 'a/..b']:
    print(repr(p), os.path.split(p), os.path.basename(p), repr(os.path.dirname(p)), os.path.splitext(p), os.path.isabs(p))
for p in ['', '.', '..', '/..', '/../a', 'a/../..', './a/./b/', 'a//b///c', '/a/b/../../..', '//a', '///a', 'a/b/c/../../d', '../../x']:
    print('normpath', repr(p), repr(os.path.normpath(p)))
for p, s in [('/a/b/c', '/a/d'), ('/a', '/a'), ('/a/b', '/'), ('/', '/a/b'), ('x/y', 'x'), ('/a/b/c', '/a/b/c/d/e')]:
    print('relpath', p, s, os.path.relpath(p, s))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/libx']), repr(os.path.commonprefix([])))
print(os.path.commonpath(['/usr/lib', '/usr/local']), os.path.commonpath(['a/b', 'a/c/d']), os.path.commonpath(['/a']))
for args in [[], ['/a', 'b'], ['a', b'b']]:
    try:
        print(os.path.commonpath(args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(os.path.splitdrive('/a/b'), os.path.normcase('A/B'), os.path.expanduser('no/tilde'), os.path.expanduser('~user/x'))
os.environ['WASIPY_TEST_VAR'] = 'val'
os.environ['OTHER'] = 'o'
print(os.path.expandvars('$OTHER/${OTHER}/$NOPE/${NOPE}/$/x$'))
print(os.path.isabs('/x'), os.path.abspath('/a/./b/..'), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
for bad in [lambda: J('a', 5), lambda: os.path.basename(5), lambda: os.path.relpath('')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(os.fspath('p'), os.fspath(b'p'), os.fsencode('é'))


class P:
    def __fspath__(self):
        return '/pl/x.py'


print(os.path.basename(P()), os.path.splitext(P()), os.fspath(P()), J(P(), 'y'))
try:
    os.fspath(1)
except TypeError as e:
    print(e)
