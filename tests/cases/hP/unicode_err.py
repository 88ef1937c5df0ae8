samples = [b"caf\xc3\xa9", b"caf\xe9", b"\xff\xfeabc", b"ok\x80\x81", b"\xe2\x82"]
for s in samples:
    try:
        print(s.decode("utf-8"))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, "|", e.start, e.end, e.reason, e.object[e.start:e.end])
for t in ["héllo", "日本", "ok", "a\U0001f600b"]:
    for enc in ["ascii", "latin-1"]:
        try:
            print(t.encode(enc))
        except UnicodeEncodeError as e:
            print(enc, type(e).__name__, e, "|", e.start, e.end, repr(e.object[e.start:e.end]))
print(b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("utf-8", "ignore"))
print(b"caf\xe9".decode("utf-8", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
print("é€".encode("ascii", "backslashreplace"), "é".encode("ascii", "namereplace"))
try:
    b"x".decode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "x".encode("utf-8", "bogus")
    print("unused handler ok")
    "é".encode("ascii", "bogus")
except LookupError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("ascii")
except UnicodeError as e:
    print(isinstance(e, ValueError), e)
print(repr(UnicodeDecodeError("utf-8", b"ab", 0, 1, "r")))
b"abc\xff".decode()
