import io
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for enc in ["nope", "rot13", "hex", "base64", "utf-8", "", "zlib"]:
    t(lambda: b"".decode(enc))
    t(lambda: bytearray().decode(enc))
    t(lambda: str(b"", enc))
    t(lambda: str(memoryview(b""), enc))
    t(lambda: b"x".decode(enc))
    t(lambda: "x".encode(enc))
    t(lambda: "".encode(enc))
    t(lambda: io.TextIOWrapper(io.BytesIO(b""), encoding=enc).read())
t(lambda: b"".decode("utf-8", "bogus"))
t(lambda: b"\xff".decode("utf-8", "bogus"))
