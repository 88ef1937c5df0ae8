import codecs, io
for enc in ["cp1252", "windows-1252", "Windows_1252", "iso-8859-15", "latin9", "cp437", "IBM437", "cp850", "koi8-r", "mac-roman", "macintosh", "cp1251", "cp1250", "latin2", "iso8859_2"]:
    print(enc, codecs.lookup(enc).name, "Aé€x".encode(enc, "replace"), "Привет ©".encode(enc, "backslashreplace"), bytes(range(0x80, 0x100, 7)).decode(enc, "replace"))
for bad in [lambda: "€".encode("cp437"), lambda: "a€€b".encode("cp850"), lambda: b"a\x81".decode("cp1252"), lambda: "\U0001f600".encode("cp1252"), lambda: "\ufffe".encode("cp1252")]:
    try: print(bad())
    except UnicodeError as e: print(type(e).__name__, e, e.start, e.end, e.encoding, e.reason)
print("a€b".encode("cp1252", "ignore"), "a€b".encode("cp437", "xmlcharrefreplace"), b"\x81\x9d".decode("cp1252", "backslashreplace"), b"\x81".decode("cp1252", "surrogateescape").encode("cp1252", "surrogateescape"))
s = "Grüße, €100 — “quoted”"
b = s.encode("cp1252"); print(b, b.decode("cp1252") == s, len(b))
f = io.TextIOWrapper(io.BytesIO(b), encoding="cp1252"); print(f.read())
print(codecs.decode(b"\x80", "cp1252"), codecs.encode("€", "cp1252"), str(b"\xe4", "cp1252"), bytes("ä", "cp437"))
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "w.txt")
    with open(p, "w", encoding="cp1252") as fh: fh.write(s + "\n")
    print(open(p, "rb").read(), open(p, encoding="cp1252").read())
