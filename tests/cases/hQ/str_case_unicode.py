words = ["straße", "ǅemal", "ŉ", "ﬁsh", "İstanbul", "ΣΑΣ ΟΔΟΣ", "hello wORLD", "they're bill's", "a1b2 c3", "ǆ", "ß", "Ⅻ", "ᾳ", "ĳ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), len(w.upper()))
    print(" ", w.istitle(), w.isupper(), w.islower(), w.isalpha(), w.isalnum(), w.isidentifier(), w.isprintable())
for c in ["²", "½", "٣", "𝟙", "Ⅷ", "五", "1", "a", "\u0660", "¼", "𝟘", "⑤", "\u00b9", "\u2070", "\u0f33"]:
    print(repr(c), c.isdigit(), c.isnumeric(), c.isdecimal(), c.isalnum(), c.isalpha(), c.isspace())
for c in ["\x1c", "\x85", "\xa0", "\u2028", "\u200b", "\u3000", "\t", "\x0b"]:
    print(repr(c), c.isspace(), c.isprintable())
print("中文".center(7, "*"), "中文".ljust(5, "好"), "中文".rjust(6), "ab".center(5), "ab".center(6, "é"))
try:
    "ab".center(5, "xy")
except Exception as e:
    print(type(e).__name__, e)
try:
    "ab".center(5, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    "ab".center()
except Exception as e:
    print(type(e).__name__, e)
try:
    "ab".ljust(2.0)
except Exception as e:
    print(type(e).__name__, e)
print("-5".zfill(4), "+x".zfill(4), "".zfill(3), "é".zfill(3), "--".zfill(1), "-".zfill(3))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(3), "\t".expandtabs(0), "x\ty\nab\tc".expandtabs(tabsize=4), repr("a\tb".expandtabs(-1)))
print("Hello World".swapcase(), "ǅ".swapcase(), "ǅ".lower(), "ǅ".upper())
print("abc".isascii(), "é".isascii(), "".isascii(), "".isdigit(), "".istitle())
print("Abc Def".istitle(), "ABC".istitle(), "A1 B2".istitle(), "aBc".istitle(), "Σ".istitle())
print("  hi  ".strip(), "xxhixx".strip("x"), "abcba".strip("ab"), "  hi ".lstrip(), "hi".rstrip(None), repr("\u3000x\u3000".strip()))
try:
    "x".strip(1)
except Exception as e:
    print(type(e).__name__, e)
print("abcabc".removeprefix("abc"), "abc".removesuffix("bc"), "abc".removeprefix(""), "abc".removesuffix("x"))
try:
    "abc".removeprefix(None)
except Exception as e:
    print(type(e).__name__, e)
