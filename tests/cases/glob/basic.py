# glob: glob, iglob, recursive **, hidden files, root_dir, escape, has_magic, over a temp tree
import glob
import os

TMP = '_tmp_glob_tree'


def rmtree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for n in files:
            os.remove(os.path.join(root, n))
        for n in dirs:
            os.rmdir(os.path.join(root, n))
    os.rmdir(top)


if os.path.exists(TMP):
    rmtree(TMP)
for d in ['a/b/c', 'a/.hid', 'x[1]', 'empty']:
    os.makedirs(os.path.join(TMP, d))
for f in ['a/f1.py', 'a/f2.txt', 'a/b/g.py', 'a/b/c/h.py', 'a/.hid/k.py', 'a/.dot.py', 'top.py',
          'x[1]/y.txt', 'star*.txt']:
    with open(os.path.join(TMP, f), 'w') as fh:
        fh.write('x')
try:
    S = lambda it: sorted(it)
    print(S(glob.glob(TMP + '/*')))
    print(S(glob.glob(TMP + '/*.py')))
    print(S(glob.glob(TMP + '/a/*')))
    print(S(glob.glob(TMP + '/a/.*')))
    print(S(glob.glob(TMP + '/a/*', include_hidden=True)))
    print(S(glob.glob(TMP + '/*/*.py')))
    print(S(glob.glob(TMP + '/**/*.py')))
    print(S(glob.glob(TMP + '/**/*.py', recursive=True)))
    print(S(glob.glob(TMP + '/**', recursive=True)))
    print(S(glob.glob(TMP + '/**/', recursive=True)))
    print(S(glob.glob(TMP + '/a/**/*.py', recursive=True, include_hidden=True)))
    print(S(glob.glob('**/*.py', root_dir=TMP, recursive=True)))
    print(S(glob.glob('*', root_dir=TMP)))
    print(S(glob.glob('a/?1.*', root_dir=TMP)))
    print(S(glob.glob(TMP + '/x[1]/*')))
    print(S(glob.glob(glob.escape(TMP + '/x[1]') + '/*')))
    print(S(glob.glob(TMP + '/star[*].txt')), S(glob.glob(TMP + '/' + glob.escape('star*.txt'))))
    print(glob.glob(TMP + '/top.py'), glob.glob(TMP + '/nope.py'), glob.glob(TMP + '/a/'),
          glob.glob(TMP + '/top.py/'))
    print(S(glob.glob(TMP + '/[at]*')), S(glob.glob(TMP + '/[!a]*')))
    print(glob.glob(TMP + '/nodir/*'), glob.glob(''), glob.glob('**', root_dir=TMP + '/empty', recursive=True))
    it = glob.iglob(TMP + '/a/b/**', recursive=True)
    print(type(it).__name__ != 'list', S(it))
    print(S(glob.glob(os.fsencode(TMP) + b'/a/*.py')))
    print(glob.escape('a*b?c[d]'), glob.escape('//?/c:/x'), glob.has_magic('a[b'), glob.has_magic('ab'))
finally:
    rmtree(TMP)
print(os.path.exists(TMP))
