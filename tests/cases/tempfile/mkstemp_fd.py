# tempfile.mkstemp descriptors with os.write, os.close and os.fdopen
import os, tempfile
base = os.path.abspath('_tmp_mkstemp')
os.makedirs(base, exist_ok=True)
try:
    fd, path = tempfile.mkstemp(dir=base, text=True)
    print(os.write(fd, b'abc'), os.path.getsize(path))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print('OSError', e.errno, e)
    fd, path2 = tempfile.mkstemp(dir=base)
    with os.fdopen(fd, 'w') as f:
        f.write('hello\n')
    print(open(path2).read(), end='')
    fd, path3 = tempfile.mkstemp(dir=base)
    os.write(fd, b'xy')
    with os.fdopen(fd, 'rb+') as f:
        f.write(b'z')
        f.seek(0)
        print(f.read())
    fd, path4 = tempfile.mkstemp(dir=base)
    with os.fdopen(fd, 'w+') as f:
        f.write('w+ text')
        f.seek(0)
        print(f.read())
    try:
        os.write(12345, b'x')
    except OSError as e:
        print('OSError', e)
    for p in (path, path2, path3, path4):
        os.unlink(p)
finally:
    os.rmdir(base)
print(os.path.exists(base))
