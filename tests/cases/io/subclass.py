# User-defined streams built on the io base classes get the default methods.
import io


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


src = Source(b'line one\nline two\nend')
print(src.read(4), src.readline(), src.readlines(), src.read(), src.readall())
src = Source(b'abcdefgh')
print(src.readall(), src.closed, src.readable(), src.writable(), src.seekable())
src.close()
print(src.closed)
show('read closed', lambda: src.readline())
show('iter closed', lambda: iter(src))
br = io.BufferedReader(Source(b'alpha\nbeta\ngamma'), buffer_size=4)
print(br.read(3), br.readline(), list(br))
tw = io.TextIOWrapper(io.BufferedReader(Source('héllo\nwörld'.encode())), encoding='utf-8')
print(tw.readlines())


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


sink = Sink()
bw = io.BufferedWriter(sink, buffer_size=8)
bw.write(b'abc')
print(sink.chunks)
bw.write(b'defghijk')
print(sink.chunks)
bw.flush()
bw.write(b'z')
bw.close()
print(sink.chunks, sink.closed)
show('reader over sink', lambda: io.BufferedReader(Sink()))


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
print(u.write('hi'), u.parts, u.encoding, u.newlines, u.errors)
u.writelines(['a', 'b'])
print(u.parts)
show('read', u.read)
show('detach', u.detach)
show('fileno', u.fileno)
show('seek', lambda: u.seek(0))
show('truncate', u.truncate)
print(u.readable(), u.isatty())
with u:
    pass
print(u.closed)
show('write after close', lambda: u.writelines(['x']))


class Lines(io.IOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ''


print(list(Lines(['a\n', 'b\n'])), Lines(['x\n', 'y\n', 'z\n']).readlines(2))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.StringIO, io.IOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.IOBase().closed, io.IOBase().readable())
