# fnmatch: fnmatch, fnmatchcase, filter, translate
import fnmatch

pats = ['*.py', 'a*b*c', 'a?b', '[abc]', '[!a-z]x', '[]]', '[!]]', '*', '**', 'a*', '*a',
        'x*y*z*', '[a-', '[z-a]', 'a[b-z]*[!x]?', '\\', '[\\]', 'a.b', '[a&&b]', '[a--b]',
        '[^x]', '[a~~b]', '[[]', '*.[ch]', '{a,b}', 'a*b*c*d', '[a-c-e]', '[!]', '[-a]',
        '[a-]', '*[!.]*', '?*?', '[!!]', '[a-z0-9_]*']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.py', 'b.PY', 'abc', 'axbyc', 'a', ']', '!', 'x.c', 'x.h', 'aXb', 'a.b', 'aab', '[',
         '\\', '-', 'bx', 'a\nb', '.hidden', 'ab.c', 'z']
for p in pats:
    print(repr(p), fnmatch.filter(names, p))
print(fnmatch.fnmatch('FOO.py', '*.py'), fnmatch.fnmatch('foo.PY', '*.py'))
print(fnmatch.fnmatchcase('Foo', 'f*'), fnmatch.fnmatchcase('foo', 'f*'))
print(fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('abc', 'ab'))
print(fnmatch.filter([b'x.py', b'y.txt'], b'*.py'), fnmatch.fnmatchcase(b'ab', b'a?'))
