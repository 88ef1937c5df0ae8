# Binary files: BufferedReader/Writer/Random and raw FileIO (buffering=0).
import io
import os

TMP = '_tmp_files_binary'


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
    with open('b.bin', 'wb') as f:
        print(repr(f), f.write(b'0123456789'), f.mode, f.name)
    f = open('b.bin', 'rb')
    print(f.read(2), f.peek(2)[:2], f.read1(3), f.tell(), f.seek(-2, 2), f.read(), f.seek(0))
    print(f.readline(), f.readinto(bytearray(3)), f.name, f.mode, f.closed, repr(f.raw), f.fileno() > 2)
    show('write on reader', lambda: f.write(b'x'))
    show('seek before start', lambda: f.seek(-20, 2))
    show('seek whence 9', lambda: f.seek(0, 9))
    show('truncate reader', lambda: f.truncate())
    show('read -5', lambda: f.read(-5))
    show('read str', lambda: f.read('x'))
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    f.close()
    for label, g in [('read', f.read), ('seek', lambda: f.seek(0)), ('tell', f.tell), ('peek', f.peek),
                     ('closed', lambda: f.closed), ('fileno', f.fileno), ('repr', lambda: repr(f)),
                     ('flush', f.flush), ('close', f.close)]:
        show('closed ' + label, g)
    f = open('b.bin', 'r+b')
    print(repr(f), f.mode)
    f.seek(3)
    f.write(b'AB')
    print(f.read(2), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
    f.close()
    f = open('b.bin', 'wb')
    print(f.write(b'xyz'), f.write(bytearray(b'1')), f.write(memoryview(b'2') if False else b'2'), f.tell())
    show('read on writer', f.read)
    show('write str', lambda: f.write('s'))
    f.close()
    show('write closed', lambda: f.write(b'x'))
    f = open('b.bin', 'ab')
    f.write(b'!')
    print(f.tell(), f.mode)
    f.close()
    with open('b.bin', 'rb') as f:
        print(f.read())
    r = open('b.bin', 'rb', buffering=0)
    print(repr(r), r.read(2), r.readall(), r.readinto(bytearray(2)), r.tell(), r.seek(1), r.read())
    print(r.readable(), r.writable(), r.seekable(), r.closefd, r.mode)
    show('raw write on reader', lambda: r.write(b'x'))
    r.close()
    show('raw read closed', r.read)
    show('raw repr closed', lambda: repr(r))
    w = open('b.bin', 'wb', buffering=0)
    print(w.write(b'abc'), repr(w))
    show('raw read on writer', w.read)
    w.close()
    with open('b.bin', 'w+b') as f:
        print(repr(f), f.mode)
        f.write(b'hello\nworld\nend')
        f.seek(0)
        print(f.readlines(), f.tell())
        f.seek(0)
        print([line for line in f])
        f.seek(6)
        print(f.readline(3), f.readline(), f.readline(), f.readline())
    data = bytes(range(256)) * 100
    with open('big.bin', 'wb', buffering=100) as f:
        for i in range(0, len(data), 37):
            f.write(data[i:i + 37])
    with open('big.bin', 'rb') as f:
        back = f.read()
        print(back == data, len(back))
        f.seek(1000)
        print(f.read(5), f.tell(), len(f.read(20000)), f.tell())
    with open('big.bin', 'rb') as f:
        total = 0
        while True:
            chunk = f.read(4096)
            if not chunk:
                break
            total += len(chunk)
        print(total)
    raw = io.FileIO('b.bin')
    print(repr(raw), raw.name, raw.mode)
    br = io.BufferedReader(raw, buffer_size=4)
    print(repr(br), br.read(2), br.read(), br.raw is raw)
    br.close()
    print(raw.closed)
    show('buffer size 0', lambda: io.BufferedReader(io.FileIO('b.bin'), 0))
    show('FileIO bad mode', lambda: io.FileIO('b.bin', 'rt'))
    show('FileIO rw', lambda: io.FileIO('b.bin', 'rw'))
    show('FileIO float', lambda: io.FileIO(5.5))
    show('FileIO closefd', lambda: io.FileIO('b.bin', 'r', closefd=False))
    fa = io.FileIO('b.bin', 'a')
    print(fa.tell(), fa.mode)
    fa.close()
    fp = io.FileIO('b.bin', 'r+')
    print(fp.mode, fp.read(), fp.write(b'Z'), fp.seek(0), fp.read())
    fp.close()
    print(isinstance(fp, io.RawIOBase), isinstance(br, io.BufferedIOBase), io.FileIO.__mro__)
    with open('b.bin', 'wb') as f:
        f.writelines([b'a', b'b', bytearray(b'c')])
    with open('b.bin', 'rb') as f:
        print(f.read(), f.read(), f.read(3))
    f = open('unflushed.bin', 'wb')
    f.write(b'pending')
    del f
    with open('unflushed.bin', 'rb') as g:
        print(g.read())
finally:
    os.chdir('..')
    cleanup()
