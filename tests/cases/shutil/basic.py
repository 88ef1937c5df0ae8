# shutil: copyfile, copy, copy2, copytree (ignore, dirs_exist_ok), rmtree, move, which, get_terminal_size, errors
import os
import shutil

base = '_tmp_shutil_dir'


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for n in sorted(files):
            p = os.path.join(root, n)
            with open(p) as f:
                out.append((os.path.relpath(p, top), f.read()))
    return out


if os.path.exists(base):
    shutil.rmtree(base)
os.makedirs(os.path.join(base, 'src', 'sub', 'deep'))
for rel, text in [('src/a.txt', 'A'), ('src/b.py', 'B'), ('src/sub/c.txt', 'C'),
                  ('src/sub/deep/d.pyc', 'D')]:
    with open(os.path.join(base, rel), 'w') as f:
        f.write(text)
try:
    src = os.path.join(base, 'src')
    print(shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(base, 'a_copy.txt')))
    print(shutil.copy(os.path.join(src, 'b.py'), base))
    print(shutil.copy2(os.path.join(src, 'b.py'), os.path.join(base, 'b2.py')))
    print(sorted(os.listdir(base)))
    for args in [(os.path.join(src, 'a.txt'), os.path.join(src, 'a.txt')),
                 (os.path.join(src, 'nope'), os.path.join(base, 'x')),
                 (os.path.join(src, 'a.txt'), os.path.join(base, 'nodir', 'x'))]:
        try:
            shutil.copyfile(*args)
        except (shutil.SameFileError, OSError) as e:
            print(type(e).__name__, e)
    print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
    dst = os.path.join(base, 'dst')
    print(shutil.copytree(src, dst))
    print(tree(dst))
    dst2 = os.path.join(base, 'dst2')
    shutil.copytree(src, dst2, ignore=shutil.ignore_patterns('*.pyc', 'b*'))
    print(tree(dst2))
    try:
        shutil.copytree(src, dst2)
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    shutil.copytree(src, dst2, dirs_exist_ok=True)
    print(tree(dst2))
    print(shutil.ignore_patterns('*.txt', 'x*')('d', ['a.txt', 'xy', 'b']) == {'a.txt', 'xy'})
    moved = shutil.move(os.path.join(base, 'a_copy.txt'), os.path.join(base, 'moved.txt'))
    print(moved, os.path.exists(os.path.join(base, 'a_copy.txt')))
    print(shutil.move(os.path.join(base, 'moved.txt'), dst))
    print(shutil.move(dst2, os.path.join(base, 'dst3')))
    try:
        shutil.move(os.path.join(base, 'b2.py'), dst)
        shutil.move(os.path.join(base, 'b.py'), dst)
    except shutil.Error as e:
        print('Error', e)
    shutil.rmtree(dst)
    print(os.path.exists(dst), sorted(os.listdir(base)))
    for bad in [os.path.join(base, 'nothere'), os.path.join(base, 'b.py')]:
        try:
            shutil.rmtree(bad)
        except OSError as e:
            print(type(e).__name__, e)
    shutil.rmtree(os.path.join(base, 'nothere'), ignore_errors=True)
    calls = []
    shutil.rmtree(os.path.join(base, 'nothere'), onerror=lambda f, p, e: calls.append((f.__name__, p, e[0].__name__)))
    print(calls)
    print(shutil.which('surely-not-a-command-xyz'), shutil.which('x', path=''),
          shutil.which(os.path.join(base, 'b.py')), shutil.which('b.py', path=base))
    sz = shutil.get_terminal_size()
    print(sz, sz.columns, sz.lines, tuple(sz), shutil.get_terminal_size((100, 40)))
    import io
    a, b = io.StringIO('x' * 100000), io.StringIO()
    shutil.copyfileobj(a, b, 1000)
    print(len(b.getvalue()))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
