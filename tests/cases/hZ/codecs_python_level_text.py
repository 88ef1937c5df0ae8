import codecs
def search(name):
    if name == 'shout':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)), lambda b, e='strict': (bytes(b).decode().lower(), len(b)), name='shout')
    if name == 'bad':
        return codecs.CodecInfo(lambda s, e='strict': (s, len(s)), lambda b, e='strict': (b, len(b)), name='bad')
    if name == 'failing':
        def enc(s, e='strict'):
            raise ValueError("cannot do it")
        def dec(b, e='strict'):
            raise UnicodeError("nope")
        return codecs.CodecInfo(enc, dec, name='failing')
codecs.register(search)
print('hi'.encode('shout'), b'HI'.decode('shout'), bytearray(b'AB').decode('shout'), codecs.encode('q', 'shout'))
for f in (lambda: 'x'.encode('bad'), lambda: b'x'.decode('bad'), lambda: 'x'.encode('rot13'), lambda: b'x'.decode('hex'), lambda: 'x'.encode('nope'), lambda: 'x'.encode('failing'), lambda: b'x'.decode('failing')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
codecs.unregister(search)
try:
    'x'.encode('shout')
except LookupError as e:
    print("LookupError", e)
