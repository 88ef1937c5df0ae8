# pathlib concrete paths: mkdir/exists/is_file/is_dir, read/write text and bytes, iterdir, glob, rglob, rename, unlink, stat, resolve
import os
from pathlib import Path

base = Path('_tmp_pathlib_io')


def cleanup(p):
    if p.is_dir():
        for c in p.iterdir():
            cleanup(c)
        p.rmdir()
    elif p.exists():
        p.unlink()


cleanup(base)
try:
    print(base.exists(), base.is_dir(), base.is_file())
    base.mkdir()
    print(base.exists(), base.is_dir(), base.is_file())
    try:
        base.mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.filename == str(base))
    base.mkdir(exist_ok=True)
    try:
        (base / 'x' / 'y').mkdir()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    (base / 'x' / 'y' / 'z').mkdir(parents=True)
    (base / 'x' / 'y' / 'z').mkdir(parents=True, exist_ok=True)
    f = base / 'hello.txt'
    print(f.write_text('hello\nworld\n'), f.read_text(), f.read_text().splitlines())
    print(f.write_bytes(b'\x00\x01bin'), f.read_bytes())
    print(f.write_text('a\nb\n', encoding='utf-8', newline='\r\n'), f.read_bytes())
    try:
        f.write_text(b'x')
    except TypeError as e:
        print('TypeError', e)
    with f.open('w') as fh:
        fh.write('via open\n')
    with f.open() as fh:
        print(repr(fh.read()))
    with (base / 'x' / 'data.bin').open('wb') as fh:
        fh.write(b'12345')
    print(f.stat().st_size, (base / 'x' / 'data.bin').stat().st_size, f.is_file(), f.exists())
    (base / 'x' / 'm.py').write_text('print(1)')
    (base / 'x' / 'y' / 'n.py').write_text('print(2)')
    (base / '.hidden').write_text('h')
    (base / 'x' / 'y' / 'z' / 'deep.txt').touch()
    print(sorted(base.iterdir()))
    print(sorted(p.name for p in base.iterdir()))
    print(sorted(base.glob('*')))
    print(sorted(base.glob('*.txt')), sorted(base.glob('x/*')), sorted(base.glob('*/')))
    print(sorted(base.glob('**/*.py')), sorted(base.glob('**')), sorted(base.glob('x/**/')))
    print(sorted(base.rglob('*.py')), sorted(base.rglob('*.txt')), sorted(base.rglob('z')))
    print(sorted(base.glob('x/y/z/deep.txt')), list(base.glob('nope/*')), sorted(base.glob('?ello.*')))
    for pat in ['', '/abs', 'a**b']:
        try:
            list(base.glob(pat))
        except (ValueError, NotImplementedError) as e:
            print(type(e).__name__, e)
    g = base / 'x' / 'm.py'
    moved = g.rename(base / 'moved.py')
    print(repr(moved), g.exists(), moved.exists(), moved.read_text())
    print(repr(moved.replace(base / 'moved2.py')), (base / 'moved2.py').exists())
    (base / 'moved2.py').unlink()
    try:
        (base / 'moved2.py').unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    (base / 'moved2.py').unlink(missing_ok=True)
    try:
        (base / 'x').rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        (base / 'missing.txt').read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror)
    try:
        (base / 'new.txt').touch(exist_ok=False)
        (base / 'new.txt').touch(exist_ok=False)
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    cwd = Path.cwd()
    print(cwd == Path(os.getcwd()), cwd.is_absolute(), Path('.').resolve() == cwd,
          (base / '..' / base.name).resolve() == cwd / base.name, base.absolute() == cwd / base)
    print(Path('x').absolute().parent == cwd, (base / 'nothere').resolve() == cwd / base / 'nothere')
    try:
        (base / 'nothere').resolve(strict=True)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    print(f.samefile(str(f)), Path(str(f)) == f, f.is_symlink(), base.is_mount())
    print(Path('a/b').with_suffix('.c'), type(Path('a') / 'b').__name__)
finally:
    cleanup(base)
print(base.exists())
