import base64, binascii


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


for f in [base64.b64encode, base64.b32encode, base64.b16encode, base64.a85encode,
          base64.b85encode, base64.encodebytes, base64.b64decode, base64.b32decode,
          base64.b16decode, base64.a85decode, base64.b85decode, base64.decodebytes,
          base64.urlsafe_b64encode, base64.urlsafe_b64decode, base64.b32hexdecode]:
    for a in ['x', 3, 'é', None]:
        t(f, a)

for s in [b'QQ', b'QQ=', b'Q', b'QUJDR', b'QU JD\n', b'=QQ==', b'QQ==QQ==', b'QUI=x']:
    t(base64.b64decode, s)
    t(base64.b64decode, s, validate=True)
for s in [b'MFRGG', b'MFRGG==', b'MFRGG=A=', b'1AAAAAAA', b'mfrgg===', b'MFRGGZDF' * 2,
          b'M=======', b'MF======', b'MFR=====', b'MFRG====', b'MFRGG===', b'MFRGGZ==',
          b'MFRGGZD=', b'========', b'']:
    t(base64.b32decode, s)
t(base64.b32hexdecode, b'WWWWWWWW')
t(base64.b32hexdecode, b'c5h66===', casefold=True)
t(base64.b32decode, b'MFRGG===', map01=b'LL')
t(base64.b16decode, b'4g')
t(base64.b16decode, b'abc')
t(base64.b16decode, b'41a')
t(base64.a85decode, b'uuuuu')
t(base64.a85decode, b'!!z')
t(base64.a85decode, b'!!y', foldspaces=True)
t(base64.a85decode, b'abc~', adobe=True)
t(base64.a85decode, b'<~abc', adobe=True)
t(base64.a85decode, b'ab{')
t(base64.b85decode, b'|NsC0|NsC0')
t(base64.b85decode, b'ab"cd')
t(base64.b85decode, b'~~~~~')
t(base64.b64encode, b'x', altchars=b'abc')
t(base64.encodebytes, memoryview(b'ab'))
t(base64.b32encode, bytearray(b'ab'))
try:
    base64.b64decode(b'QQ')
except binascii.Error as e:
    print('binascii.Error', isinstance(e, ValueError), e)
