# os: environment, strerror, urandom, stat_result and the absent pieces.
import os
import errno

os.environ['WASIPY_OS_TEST'] = 'yes'
print(os.environ['WASIPY_OS_TEST'], os.getenv('WASIPY_OS_TEST'), os.getenv('SURELY_NOT_SET'), os.getenv('SURELY_NOT_SET', 'd'))
print('WASIPY_OS_TEST' in os.environ, os.environ.get('SURELY_NOT_SET'), repr(os.environ)[:9])
for label, fn in [('set int', lambda: os.environ.__setitem__('x', 1)), ('set key int', lambda: os.environ.__setitem__(1, 'x')),
                  ('missing', lambda: os.environ['SURELY_NOT_SET']), ('getenv int', lambda: os.getenv(1))]:
    try:
        fn()
    except (TypeError, KeyError) as e:
        print(label, type(e).__name__, e)
del os.environ['WASIPY_OS_TEST']
print(os.environ.pop('WASIPY_OS_TEST', 'gone'), os.environ.setdefault('WASIPY_OS_X', 'v'), isinstance(os.environ.copy(), dict))
print(len(os.environ) == len(dict(os.environ)), len(list(os.environ.items())) == len(os.environ))
for code in [0, 1, 2, 13, 17, 21, 22, 39, 200, -1]:
    print(code, os.strerror(code))
print(errno.ENOENT, errno.errorcode[errno.ENOENT], errno.EACCES, errno.EEXIST, errno.errorcode[11], errno.EWOULDBLOCK)
print(len(errno.errorcode), sorted(errno.errorcode.items())[:5], list(errno.errorcode.items())[:3])
print(type(os.urandom(4)), len(os.urandom(16)), os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
s = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(s, s.st_mode, s.st_mtime, s[9], s.st_atime_ns, len(s), s == (1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
try:
    os.stat_result((1, 2))
except TypeError as e:
    print(e)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(issubclass(os.DirEntry, object), os.PathLike.__name__)
e = OSError(2, 'No such file or directory', 'x', None, 'y')
print(e, e.filename, e.filename2)
