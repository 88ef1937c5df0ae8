# io.StringIO: reading, writing, positioning, newline modes and closed-stream errors.
import io


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


s = io.StringIO('hello\nwörld\nlast')
print(s.read(3), s.tell(), repr(s.readline()), s.readlines(), repr(s.read()))
s.seek(0)
print(list(s))
s.seek(0)
print(repr(s.readline(2)), repr(s.readline(0)), repr(s.readline(-1)), repr(s.readline(None)))
s = io.StringIO()
print(s.write('abc'), s.getvalue(), s.tell(), s.seek(10), s.write('x'), repr(s.getvalue()))
s.seek(1)
s.write('ZZ')
print(repr(s.getvalue()), s.truncate(2), repr(s.getvalue()), s.tell())
s = io.StringIO('abcdef')
s.seek(2)
print(s.truncate(), s.getvalue(), s.tell(), s.truncate(10), s.getvalue())
s = io.StringIO('héllo wörld\nx')
print(s.read(2), s.readline(3), repr(s.readline()), s.tell(), s.seek(3), s.read(4))
s = io.StringIO('日本語テキスト')
s.seek(2)
s.write('XY')
print(s.getvalue(), s.tell(), s.read(), s.seek(0, 2), s.write('!'), s.getvalue())
s = io.StringIO('a\nb\nc\n')
print(s.readlines(2), s.readlines(0))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.encoding, s.errors)
s.writelines(['x', 'y\n'])
print(repr(s.getvalue()))
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\rb\r\nc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl)
    s.write('x\ny\r\nz\r')
    print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline=None)
s.write('a\r')
s.write('\nb')
print(repr(s.getvalue()), s.newlines)
with io.StringIO('q') as s:
    print(s.read())
print(s.closed)
s = io.StringIO('a\nb')
print(next(s), next(s))
show('next at end', lambda: next(s))
s = io.StringIO('abc')
for label, f in [('seek -1', lambda: s.seek(-1)), ('seek cur 1', lambda: s.seek(1, 1)),
                 ('seek cur 0', lambda: s.seek(0, 1)), ('seek end 0', lambda: s.seek(0, 2)),
                 ('seek end 1', lambda: s.seek(1, 2)), ('seek whence 3', lambda: s.seek(0, 3)),
                 ('write bytes', lambda: s.write(b'x')), ('init bytes', lambda: io.StringIO(b'x')),
                 ('read str', lambda: s.read('x')), ('read None', lambda: s.read(None)),
                 ('truncate -1', lambda: s.truncate(-1)), ('seek str', lambda: s.seek('x')),
                 ('fileno', lambda: s.fileno()), ('bad newline', lambda: io.StringIO(newline='x')),
                 ('init int', lambda: io.StringIO(5)), ('newline int', lambda: io.StringIO(newline=5)),
                 ('detach', lambda: s.detach()), ('buffer', lambda: s.buffer),
                 ('two args', lambda: io.StringIO('a', 'x'))]:
    show(label, f)
s.close()
for label, f in [('read', s.read), ('getvalue', s.getvalue), ('write', lambda: s.write('x')),
                 ('tell', s.tell), ('seek', lambda: s.seek(0)), ('readline', s.readline),
                 ('iter', lambda: iter(s)), ('flush', s.flush), ('readable', s.readable),
                 ('closed', lambda: s.closed), ('truncate', lambda: s.truncate()),
                 ('isatty', s.isatty), ('writable', s.writable), ('seekable', s.seekable),
                 ('enter', lambda: s.__enter__()), ('close again', s.close)]:
    show('closed ' + label, f)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
u.write('abc')
print(u.getvalue(), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase), isinstance(u, io.IOBase))
u.extra = 1
print(u.extra)
print(io.StringIO.__mro__, io.StringIO.__name__, io.StringIO.__module__)
print(repr(io.StringIO())[:22])
big = io.StringIO()
for i in range(1000):
    big.write('line %d\n' % i)
print(len(big.getvalue()), big.tell())
big.seek(0)
print(sum(1 for _ in big))
