import unicodedata
from collections import Counter

samples = ["café", "cafe\u0301", "Straße", "ﬁnance", "Ⅻ", "résumé", "naïve", "Ångström", "ｆｕｌｌ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "😀👍🏽", "Ελληνικά", "中文字符", "١٢٣"]
for s in samples:
    nfc = unicodedata.normalize("NFC", s)
    nfd = unicodedata.normalize("NFD", s)
    nfkc = unicodedata.normalize("NFKC", s)
    print(f"{s!r:24} len={len(s):2} nfc={len(nfc):2} nfd={len(nfd):2} nfkc={nfkc!r:16} upper={s.upper()!r:18} casefold={s.casefold()!r}")
print("café" == "cafe\u0301", unicodedata.normalize("NFC", "cafe\u0301") == "café")
for ch in "aZ5 é\u0301€😀\t中٣Ⅻ_-":
    print(f"U+{ord(ch):04X} {unicodedata.category(ch)} {unicodedata.name(ch, '<no name>'):<40} "
          f"alpha={ch.isalpha()!s:5} digit={ch.isdigit()!s:5} numeric={ch.isnumeric()!s:5} "
          f"decimal={unicodedata.decimal(ch, None)!s:4} combining={unicodedata.combining(ch)} width={unicodedata.east_asian_width(ch)}")
print(unicodedata.lookup("SNOWMAN"), unicodedata.numeric("Ⅻ"), unicodedata.numeric("½"), unicodedata.digit("٣"), unicodedata.bidirectional("ש"), unicodedata.mirrored("("))
try:
    unicodedata.lookup("NOT A REAL NAME")
except KeyError as e:
    print("KeyError", e)
try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError", e)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


print([strip_accents(s) for s in ["café", "résumé", "naïve", "Ångström", "São Paulo"]])
text = "Ça va? Très bien! Ça roule, ça va très très bien."
letters = Counter(c for c in text.casefold() if c.isalpha())
print(letters.most_common(5))
print(text.encode("utf-8")[:20], len(text.encode("utf-8")), len(text.encode("utf-16-le")), text.encode("ascii", "replace")[:12], text.encode("ascii", "ignore")[:10])
print(text.encode("ascii", "xmlcharrefreplace")[:16], text.encode("ascii", "backslashreplace")[:14], "😀".encode("utf-16"), "😀".encode("utf-32-be"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff\xfeh\x00i\x00".decode("utf-16"), b"abc\xff".decode("utf-8", "replace"), b"abc\xff".decode("utf-8", "ignore"))
try:
    b"\xc3\x28".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end, e)
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("ǆ".title(), "ǆ".upper(), "ﬀ".upper(), "İstanbul".lower(), len("İ".lower()), "ΣΑΣ".lower(), "σας".upper())
print(sorted(["éclair", "eclair", "Zebra", "apple", "Äpfel"]), sorted(["éclair", "eclair", "Zebra", "apple", "Äpfel"], key=lambda s: strip_accents(s).casefold()))
print("👍🏽"[0], len("👍🏽"), [hex(ord(c)) for c in "👍🏽"], "a\u200bb".isprintable(), "\u00a0".isspace(), "x\u2028y".splitlines())
print(ascii("héllo wörld 😀"), repr("\u0301"), "%-6s|" % "é", f"{'中文':>6}|", "{:^7}".format("ü"))
