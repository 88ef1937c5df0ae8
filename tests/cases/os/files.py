# os file-system calls inside a temporary folder: listdir, scandir, stat, mkdir, walk, ...
import os
import stat

TMP = '_tmp_os_files'


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        if isinstance(e, OSError):
            print('    errno', e.errno, e.strerror, e.filename, e.filename2, e.args)
    else:
        print(label, '->', repr(r))


def rmtree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(top)


if os.path.exists(TMP):
    rmtree(TMP)
os.mkdir(TMP)
start = os.getcwd()
os.chdir(TMP)
try:
    print(os.getcwd() == os.path.join(start, TMP), os.listdir(), os.listdir('.'), os.listdir(b'.'))
    with open('f.txt', 'w') as f:
        f.write('hello')
    os.mkdir('d')
    os.makedirs('d/e/f')
    os.makedirs('d/e/f', exist_ok=True)
    show('makedirs existing', lambda: os.makedirs('d/e'))
    with open('d/e/g.txt', 'w') as f:
        f.write('x' * 10)
    print(sorted(os.listdir()), sorted(os.listdir('d')))
    st = os.stat('f.txt')
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st[6], len(st), type(st).__name__)
    print(stat.S_ISDIR(os.stat('d').st_mode), os.path.getsize('d/e/g.txt'), isinstance(st.st_mtime, float), isinstance(st[8], int))
    print(abs(st.st_mtime - os.path.getmtime('f.txt')) < 1, st.st_mtime_ns // 10**9 == int(st.st_mtime))
    print(os.path.exists('f.txt'), os.path.exists('nope'), os.path.isfile('f.txt'), os.path.isfile('d'),
          os.path.isdir('d'), os.path.isdir('f.txt'), os.path.lexists('f.txt'), os.path.islink('f.txt'))
    print(os.access('f.txt', os.R_OK), os.access('nope', os.F_OK))
    entries = sorted(os.scandir('.'), key=lambda e: e.name)
    print(entries, [(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
    print(entries[1].stat().st_size, os.fspath(entries[1]))
    with os.scandir('d') as it:
        print([(e.name, e.path) for e in it])
    print(sorted((root, sorted(dirs), sorted(files)) for root, dirs, files in os.walk('.')))
    print([(root, dirs, files) for root, dirs, files in os.walk('d', topdown=False)])
    walked = []
    for root, dirs, files in os.walk('.'):
        dirs[:] = [d for d in dirs if d != 'e']
        walked.append(root)
    print(sorted(walked))
    os.rename('f.txt', 'g.txt')
    print(sorted(os.listdir()))
    os.replace('g.txt', 'd/moved.txt')
    print(sorted(os.listdir('d')))
    os.truncate('d/moved.txt', 2)
    with open('d/moved.txt') as f:
        print(f.read())
    os.remove('d/moved.txt')
    os.unlink('d/e/g.txt')
    show('rmdir non-empty', lambda: os.rmdir('d'))
    os.removedirs('d/e/f')
    print(os.listdir())
    with open('a.txt', 'w') as f:
        f.write('a')
    os.mkdir('sub')
    for label, fn in [('listdir missing', lambda: os.listdir('nope')), ('listdir file', lambda: os.listdir('a.txt')),
                      ('mkdir existing', lambda: os.mkdir('sub')), ('mkdir deep', lambda: os.mkdir('x/y/z')),
                      ('rmdir missing', lambda: os.rmdir('nope')), ('rmdir file', lambda: os.rmdir('a.txt')),
                      ('remove dir', lambda: os.remove('sub')), ('remove missing', lambda: os.remove('nope')),
                      ('rename missing', lambda: os.rename('zz', 'yy')), ('rename file onto dir', lambda: os.rename('a.txt', 'sub')),
                      ('rename dir onto file', lambda: os.rename('sub', 'a.txt')), ('stat missing', lambda: os.stat('zz')),
                      ('stat bytes', lambda: os.stat(b'zz')), ('stat float', lambda: os.stat(1.5)),
                      ('listdir float', lambda: os.listdir(5.0)), ('mkdir int', lambda: os.mkdir(3)),
                      ('chdir missing', lambda: os.chdir('zz')), ('null byte', lambda: os.stat('a\0b')),
                      ('getsize missing', lambda: os.path.getsize('zz')), ('scandir missing', lambda: os.scandir('zz')),
                      ('readlink file', lambda: os.readlink('a.txt'))]:
        show(label, fn)
    os.chdir('sub')
    print(os.path.basename(os.getcwd()), os.listdir('..') == os.listdir(os.pardir))
    os.chdir('..')
finally:
    os.chdir(start)
    rmtree(TMP)
print(os.path.exists(TMP))
