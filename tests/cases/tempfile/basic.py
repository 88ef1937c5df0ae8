# tempfile: TemporaryDirectory, NamedTemporaryFile, TemporaryFile, mkstemp, mkdtemp, SpooledTemporaryFile (names vary: shapes only)
import os
import tempfile

base = os.path.abspath('_tmp_tempfile_dir')
if not os.path.isdir(base):
    os.mkdir(base)
try:
    d = tempfile.gettempdir()
    print(type(d).__name__, os.path.isabs(d), os.path.isdir(d), tempfile.gettempprefix(),
          tempfile.gettempprefixb(), type(tempfile.gettempdirb()).__name__)
    with tempfile.TemporaryDirectory(dir=base, prefix='pre_', suffix='_suf') as name:
        print(os.path.isdir(name), os.path.dirname(name) == base,
              os.path.basename(name).startswith('pre_'), name.endswith('_suf'),
              len(os.path.basename(name)) == len('pre_') + 8 + len('_suf'))
        with open(os.path.join(name, 'f.txt'), 'w') as f:
            f.write('x')
        os.mkdir(os.path.join(name, 'sub'))
        with open(os.path.join(name, 'sub', 'g.txt'), 'w') as f:
            f.write('y')
    print(os.path.exists(name))
    td = tempfile.TemporaryDirectory(dir=base)
    print(repr(td) == '<TemporaryDirectory %r>' % td.name, os.path.isdir(td.name))
    td.cleanup()
    print(os.path.exists(td.name))
    td.cleanup()

    with tempfile.NamedTemporaryFile(dir=base, suffix='.txt') as f:
        print(os.path.exists(f.name), f.name.endswith('.txt'), os.path.dirname(f.name) == base,
              f.mode, f.delete)
        print(f.write(b'hello'), f.seek(0), f.read())
        name = f.name
    print(os.path.exists(name))
    f = tempfile.NamedTemporaryFile('w+', dir=base, delete=False, encoding='utf-8')
    f.write('text\nlines\n')
    f.seek(0)
    print(f.readlines(), list(f))
    f.close()
    print(os.path.exists(f.name), open(f.name).read().splitlines())
    os.unlink(f.name)

    with tempfile.TemporaryFile(dir=base) as t:
        t.write(b'abc')
        t.seek(0)
        print(t.read(), os.listdir(base))
    with tempfile.TemporaryFile('w+', dir=base) as t:
        t.write('txt')
        t.seek(0)
        print(repr(t.read()))

    fd, path = tempfile.mkstemp(dir=base, prefix='m', suffix='.dat')
    print(type(fd).__name__, os.path.isabs(path), os.path.basename(path).startswith('m'),
          path.endswith('.dat'), os.path.exists(path), os.path.getsize(path))
    os.unlink(path)
    p = tempfile.mkdtemp(dir=base)
    print(os.path.isdir(p), os.path.dirname(p) == base, len(os.path.basename(p)) == 11)
    os.rmdir(p)
    p = tempfile.mkdtemp(dir=base.encode())
    print(type(p).__name__)
    os.rmdir(p)
    try:
        tempfile.mkdtemp(prefix=b'x', suffix='y')
    except TypeError as e:
        print('TypeError', e)
    try:
        tempfile.mkdtemp(dir=os.path.join(base, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)

    with tempfile.SpooledTemporaryFile(max_size=10, dir=base) as s:
        s.write(b'12345')
        print(s._rolled, s.tell())
        s.write(b'67890abc')
        print(s._rolled, s.tell())
        s.seek(0)
        print(s.read())
    s = tempfile.SpooledTemporaryFile(mode='w+')
    s.write('abc')
    s.seek(0)
    print(s.read(), s._rolled)
    s.close()
    print(sorted(os.listdir(base)))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for n in files:
            os.remove(os.path.join(root, n))
        for n in dirs:
            os.rmdir(os.path.join(root, n))
    os.rmdir(base)
print(os.path.exists(base))

# no usable directory (as in a sandbox without a writable mount)
tempfile._candidate_tempdir_list = lambda: ['/nonexistent_dir_xyz', '/proc/nope']
tempfile.tempdir = None
try:
    tempfile.gettempdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e, e.errno)
try:
    tempfile.TemporaryDirectory()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
tempfile.tempdir = '/some/where'
print(tempfile.gettempdir())
