# compare: stderr
import codecs, warnings
print(b"a\\qb".decode("unicode_escape"))
print(codecs.decode(b"x\\zy\\w", "unicode_escape"))
def dec(b):
    return b.decode("unicode_escape")
print(dec(b"\\e\\xe9"), dec(b"\\\xe0"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    dec(b"\\9")
    b"\\p".decode("raw_unicode_escape")
    print([(x.category.__name__, str(x.message)) for x in w])
print(eval("b'\\\\\\\\d'").decode("unicode_escape"))
