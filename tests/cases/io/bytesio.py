# io.BytesIO: the full API and its error messages.
import io
from array import array


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


b = io.BytesIO(b'hello\nworld')
print(b.read(2), b.read1(2), b.readline(), b.tell(), b.getvalue(), b.readlines(), b.seek(0), b.readlines(1))
b = io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'de')), b.getvalue(), b.seek(8), b.write(b'z'), b.getvalue())
ba = bytearray(3)
b.seek(0)
print(b.readinto(ba), ba, b.truncate(4), b.getvalue(), b.tell())
print(b.write(array('b', [65, 66])), b.getvalue())
b = io.BytesIO(b'a\nbc\nd')
print(b.readline(1), b.readline(), b.readlines(), b.read(), b.read(5))
b = io.BytesIO(b'abc')
print(b.read(None), b.seek(10), b.read(), b.tell(), b.readline())
print(io.BytesIO(bytearray(b'xy')).getvalue(), io.BytesIO().getvalue(), io.BytesIO(None).getvalue())
b = io.BytesIO(b'abc')
print(b.readinto(bytearray(5)), b.readinto1(bytearray(2)), b.read1(), b.read1(-1))
print(io.BytesIO(b'x\ny').__next__(), list(io.BytesIO(b'a\nb')))
b = io.BytesIO(b'abc')
for a in [(0, 3), (-1, 3), (-1, 0), (5, 0), (-1, 1), (-10, 1), (-10, 2), (0, 2), (2, 2)]:
    show('seek %r' % (a,), lambda: b.seek(*a))
b.writelines([b'1', bytearray(b'2')])
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
for label, f in [('write str', lambda: b.write('x')), ('seek -1', lambda: b.seek(-1)),
                 ('read str', lambda: b.read('a')), ('init str', lambda: io.BytesIO('x')),
                 ('init int', lambda: io.BytesIO(5)), ('truncate -1', lambda: b.truncate(-1)),
                 ('readline None', lambda: b.readline(None)), ('fileno', b.fileno),
                 ('readinto bytes', lambda: b.readinto(b'xx')), ('detach', b.detach),
                 ('writelines str', lambda: b.writelines(['a']))]:
    show(label, f)
with io.BytesIO(b'ctx') as c:
    print(c.read())
print(c.closed)
for label, f in [('getvalue', c.getvalue), ('read', c.read), ('write', lambda: c.write(b'x')),
                 ('seek', lambda: c.seek(0)), ('tell', c.tell), ('readable', c.readable),
                 ('iter', lambda: iter(c) is c), ('flush', c.flush), ('truncate', c.truncate)]:
    show('closed ' + label, f)
print(io.BytesIO.__mro__)


class Counting(io.BytesIO):
    def __init__(self, data=b''):
        super().__init__(data)
        self.writes = 0

    def write(self, data):
        self.writes += 1
        return super().write(data)


c = Counting(b'ab')
c.seek(0, 2)
c.write(b'cd')
c.write(b'e')
print(c.getvalue(), c.writes)
