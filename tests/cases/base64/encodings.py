import base64, binascii

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)),
           b'\x00\x00\x00\x00', b'    ', b'\xff\xfe\xfd\x00\x01']
for s in samples:
    e64 = base64.b64encode(s)
    e32 = base64.b32encode(s)
    e32h = base64.b32hexencode(s)
    e16 = base64.b16encode(s)
    e85 = base64.b85encode(s)
    a85 = base64.a85encode(s)
    print(e64[:40], e32[:40], e32h[:24], e16[:24], e85[:30], a85[:30])
    assert base64.b64decode(e64) == s
    assert base64.b64decode(e64.decode(), validate=True) == s
    assert base64.b32decode(e32) == s
    assert base64.b32decode(e32.lower(), casefold=True) == s
    assert base64.b32hexdecode(e32h) == s
    assert base64.b16decode(e16) == s
    assert base64.b16decode(e16.lower(), casefold=True) == s
    assert base64.b85decode(e85) == s
    assert base64.a85decode(a85) == s
    assert base64.decodebytes(base64.encodebytes(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    print(base64.b85encode(s, pad=True)[:20], base64.a85encode(s, pad=True)[:20])

print(base64.a85encode(b'\x00' * 8 + b' ' * 8, foldspaces=True))
print(base64.a85decode(b'zzyy', foldspaces=True))
print(base64.a85encode(bytes(range(40)), wrapcol=10, adobe=True))
print(base64.a85encode(bytes(range(40)), wrapcol=7))
print(base64.a85decode(base64.a85encode(b'hello world', adobe=True), adobe=True))
print(base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True))
print(base64.a85decode(b'87cUR D]i,\n"Ebo80'))
print(base64.encodebytes(bytes(range(120))))
print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'), base64.b64decode('-__-', altchars='-_'))
print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode('-__-'))
print(base64.standard_b64encode(b'xyz'), base64.standard_b64decode(b'eHl6'))
print(base64.b32decode('MFRGG===', casefold=False), base64.b32decode(b'0O======', map01=b'L'))
print(base64.b32decode(b'M1======', map01=b'I'))
print(base64.b64decode(b'YW Jj\nZA=='), base64.b64decode(memoryview(b'YQ==')))
print(base64.b16decode(bytearray(b'4142')))

import io
src = io.BytesIO(bytes(range(200)))
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == bytes(range(200)))
print(base64.__all__)
