# Text files through open(): modes, reading styles, newline handling, encodings, tell/seek.
import os

TMP = '_tmp_files_text'


def cleanup():
    if os.path.isdir(TMP):
        for name in os.listdir(TMP):
            os.remove(os.path.join(TMP, name))
        os.rmdir(TMP)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


cleanup()
os.mkdir(TMP)
os.chdir(TMP)
try:
    f = open('t.txt', 'w')
    print(repr(f), f.name, f.mode, f.encoding, f.errors, f.line_buffering, f.newlines, f.closed)
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    print(f.write('héllo\nworld\n'), f.tell())
    show('read on w', f.read)
    f.close()
    show('write closed', lambda: f.write('x'))
    show('tell closed', f.tell)
    show('flush closed', f.flush)
    show('iter closed', lambda: iter(f))
    print(repr(f), f.closed)
    f = open('t.txt')
    print(repr(f), repr(f.buffer), repr(f.buffer.raw))
    print(f.read(2), f.tell(), repr(f.readline()), f.tell(), f.readlines(), repr(f.read()), f.seek(0), list(f))
    show('write on r', lambda: f.write('x'))
    show('seek cur 3', lambda: f.seek(3, 1))
    show('seek end', lambda: f.seek(0, 2))
    show('seek end 1', lambda: f.seek(1, 2))
    show('seek -1', lambda: f.seek(-1))
    show('seek whence 5', lambda: f.seek(0, 5))
    print(f.seek(0), f.readline(), f.tell(), f.seek(7), repr(f.read()))
    f.close()
    with open('t.txt', 'a') as f:
        print(f.tell(), f.write('more'))
    with open('t.txt') as f:
        print(repr(f.read()))
    with open('t.txt') as f:
        lines = []
        for line in f:
            lines.append(line)
        print(lines)
        show('tell while iterating', f.tell)
    with open('t.txt', 'r+') as f:
        print(repr(f.read(3)), f.tell())
        f.seek(0)
        f.write('HE')
        f.seek(0)
        print(repr(f.read()))
    with open('t.txt', 'w+') as f:
        f.write('abc\ndef\n')
        f.seek(0)
        print(f.readlines(), f.tell())
    with open('t.txt', 'w', newline='\r\n') as f:
        f.write('a\nb\n')
    with open('t.txt', 'rb') as f:
        print(f.read())
    with open('t.txt', newline='') as f:
        print(f.readlines(), repr(f.newlines))
    with open('t.txt') as f:
        print(f.readlines(), repr(f.newlines))
    with open('t.txt', 'wb') as f:
        f.write(b'one\rtwo\r\nthree\nfour\r')
    with open('t.txt') as f:
        print(repr(f.read()), f.newlines)
    with open('t.txt') as f:
        print(f.readlines())
    with open('t.txt', newline='\r') as f:
        print(f.readlines())
    with open('t.txt', newline='\n') as f:
        print(f.readlines())
    with open('t.txt') as f:
        print(repr(f.read(4)), repr(f.read(5)), f.tell(), repr(f.readline()), f.tell())
    with open('t.txt', 'w', encoding='latin-1') as f:
        f.write('é')
    with open('t.txt', 'rb') as f:
        print(f.read())
    try:
        with open('t.txt', encoding='utf-8') as f:
            f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    with open('t.txt', encoding='utf-8', errors='replace') as f:
        print(ascii(f.read()))
    with open('t.txt', 'w', encoding='ascii') as f:
        show('encode error', lambda: f.write('é'))
    for enc in ['utf-8', 'utf-8-sig', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'ascii']:
        text = 'line one\nlíne two\n' if enc != 'ascii' else 'plain\ntext\n'
        with open('e.txt', 'w', encoding=enc) as f:
            f.write(text)
            f.write('tail')
        with open('e.txt', 'rb') as f:
            raw = f.read()
        with open('e.txt', encoding=enc) as f:
            back = f.readlines()
            pos = f.tell()
        print(enc, raw, back, pos)
    text = ''.join('%04d: %s\n' % (i, 'é' * (i % 7)) for i in range(3000))
    with open('big.txt', 'w') as f:
        f.write(text)
    with open('big.txt') as f:
        lines = f.readlines()
    print(len(lines), lines[1234], len(text))
    with open('big.txt') as f:
        f.readline()
        f.read(10000)
        p = f.tell()
        rest = f.read()
        f.seek(p)
        print(f.read(20) == rest[:20], len(rest))
    with open('big.txt', encoding='utf-8') as f:
        print(sum(1 for _ in f))
    f = open('lb.txt', 'w', buffering=1)
    print(f.line_buffering)
    f.write('partial')
    with open('lb.txt') as g:
        print(repr(g.read()))
    f.write(' line\n')
    with open('lb.txt') as g:
        print(repr(g.read()))
    f.close()
    with open('bom.txt', 'w', encoding='utf-8-sig') as f:
        f.write('x')
    with open('bom.txt', 'rb') as f:
        print(f.read())
    with open('bom.txt', encoding='utf-8-sig') as f:
        print(repr(f.read()))
    with open('bom.txt', encoding='utf-8') as f:
        print(ascii(f.read()))
    f = open('t.txt', 'w')
    f.reconfigure(newline='\r\n', line_buffering=True)
    f.write('x\n')
    f.close()
    with open('t.txt', 'rb') as f:
        print(f.read())
    with open('t.txt', 'w') as f:
        print('via print', 42, file=f)
        print('second', end='!', file=f)
    with open('t.txt') as f:
        print(repr(f.read()))
finally:
    os.chdir('..')
    cleanup()
