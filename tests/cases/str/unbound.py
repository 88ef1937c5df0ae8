def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: str.upper(), lambda: str.join(), lambda: bytes.hex(), lambda: bytearray.append(), lambda: memoryview.tolist(),
          lambda: str.__new__(), lambda: bytes.__new__(), lambda: str.__mul__(), lambda: bytearray.__setitem__(), lambda: memoryview.__getitem__(),
          lambda: str.split(), lambda: str.center(), lambda: bytes.split(), lambda: bytes.center(), lambda: str.find(), lambda: bytes.find(),
          lambda: str.zfill(), lambda: str.__format__(), lambda: str.format(), lambda: bytes.__mod__(), lambda: bytearray.__repr__(),
          lambda: memoryview.__repr__(), lambda: memoryview.__eq__(), lambda: memoryview.release(), lambda: memoryview.__exit__()]:
    t(f)
