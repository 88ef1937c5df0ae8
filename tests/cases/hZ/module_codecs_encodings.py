import codecs
s = "Grüße, 世界! €"
for enc in ("utf-8", "utf-16", "utf-16-be", "utf-32-le", "latin-1", "cp1252", "ascii", "utf-8-sig", "cp437", "iso8859-15", "unicode_escape", "raw_unicode_escape"):
    try:
        b = s.encode(enc)
        print(enc, b[:24], b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e.reason, e.start, e.end, repr(e.object[e.start:e.end]))
for errors in ("strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"):
    try:
        print(errors, s.encode("ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, e)
bad = b"ok \xff\xfe bytes \xc3"
for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
    try:
        print(errors, repr(bad.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, e)
print(codecs.lookup("UTF8").name, codecs.lookup("latin1").name, codecs.encode("abc", "rot13"), codecs.decode(b"616263", "hex"), codecs.encode(b"abc", "base64"))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print(e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, "x".encode("utf-16-le"), b"\xff\xfex\x00".decode("utf-16"))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), repr(dec.decode(b"\xac")), repr(dec.decode(b"", final=True)))
print(b"caf\\u00e9 \\n".decode("unicode_escape"), "tab\there".encode("unicode_escape"), repr("é\n".encode("raw_unicode_escape")))
