# io.TextIOWrapper over in-memory buffers: decoding across chunks, newlines, errors.
import io


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


tw = io.TextIOWrapper(io.BytesIO(b'ab\r\ncd\ref\n'), encoding='utf-8')
print(repr(tw), tw.readlines(), repr(tw.newlines))
tw = io.TextIOWrapper(io.BytesIO(b'ab\r\ncd\ref\n'), encoding='utf-8', newline='')
print(tw.readlines(), repr(tw.newlines))
tw = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='\r\n')
tw.write('a\nb')
tw.flush()
print(tw.buffer.getvalue(), tw.encoding, tw.errors, tw.line_buffering, tw.write_through)
print(io.TextIOWrapper(io.BytesIO()).encoding)
show('bad encoding', lambda: io.TextIOWrapper(io.BytesIO(), encoding='nope'))
show('encoding int', lambda: io.TextIOWrapper(io.BytesIO(), encoding=5))
show('bad newline', lambda: io.TextIOWrapper(io.BytesIO(), newline='x'))
d = io.BytesIO(b'xy')
tw = io.TextIOWrapper(d)
print(tw.detach() is d, repr(tw))
show('read detached', tw.read)
show('buffer detached', lambda: tw.buffer)
print(repr(io.TextIOWrapper(io.BytesIO(b''))))
# Multi-byte characters split across chunk boundaries.
text = 'αβγ€😀' * 500
tw = io.TextIOWrapper(io.BytesIO(text.encode('utf-8')), encoding='utf-8')
tw._CHUNK_SIZE = 7
print(tw.read() == text, tw._CHUNK_SIZE)
tw = io.TextIOWrapper(io.BytesIO(text.encode('utf-8')), encoding='utf-8')
tw._CHUNK_SIZE = 5
out = []
while True:
    piece = tw.read(3)
    if not piece:
        break
    out.append(piece)
print(''.join(out) == text, len(out))
for enc in ['utf-16', 'utf-16-be', 'utf-32', 'latin-1']:
    data = 'héllo\nwörld\n'.encode(enc)
    tw = io.TextIOWrapper(io.BytesIO(data), encoding=enc)
    tw._CHUNK_SIZE = 3
    print(enc, tw.readlines())
tw = io.TextIOWrapper(io.BytesIO(b'a\r'), encoding='utf-8')
tw._CHUNK_SIZE = 1
print(repr(tw.read()))
tw = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc'), encoding='utf-8')
tw._CHUNK_SIZE = 2
print([tw.readline() for _ in range(4)])
tw = io.TextIOWrapper(io.BytesIO(b'\xff\xfeabc'), encoding='utf-8', errors='replace')
print(ascii(tw.read()))
tw = io.TextIOWrapper(io.BytesIO(b'ok\xffno'), encoding='utf-8')
show('decode error', tw.read)
tw = io.TextIOWrapper(io.BytesIO(b'abc\ndef\n'), encoding='ascii')
print(tw.readline(), tw.tell(), tw.read(2), tw.tell(), tw.seek(0), tw.read(), tw.seek(0, 2))
show('nonzero cur seek', lambda: tw.seek(1, 1))
show('nonzero end seek', lambda: tw.seek(-1, 2))
show('negative seek', lambda: tw.seek(-3))
show('bad whence', lambda: tw.seek(0, 7))
show('write int', lambda: tw.write(5))
tw.close()
show('closed read', tw.read)
show('closed write', lambda: tw.write('x'))
print(tw.closed)
b = io.BytesIO()
tw = io.TextIOWrapper(b, encoding='utf-8', line_buffering=True)
tw.write('no newline')
print(b.getvalue())
tw.write('!\n')
print(b.getvalue())
tw.writelines(['x', 'y'])
tw.flush()
print(b.getvalue())


class Shouting(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())


b = io.BytesIO()
s = Shouting(b, encoding='utf-8')
s.write('quiet')
s.flush()
print(b.getvalue(), repr(s)[:9])
