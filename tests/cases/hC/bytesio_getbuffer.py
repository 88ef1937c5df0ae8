import io
b = io.BytesIO(b"hello world")
m = b.getbuffer()
print(len(m), m.nbytes, bytes(m), m[0], m.tobytes(), m.readonly, m.format, m.itemsize, m.ndim, m.shape)
print(bytes(b.getbuffer()[1:3]), b.getbuffer().hex(), list(b.getbuffer()[:3]))
del m
b.seek(0, 2); b.write(b"!")
print(len(b.getbuffer()), b.getvalue())
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print(e)
