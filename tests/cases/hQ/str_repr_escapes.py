vals = ["", "'", '"', "'\"", "\\", "\n\r\t\x00\x7f", "\x80\x9f\xa0\xad", "é", "\u200b\u2028\ufeff", "\U0001f600", "\ud800", "\udfff",
        "a'b", 'a"b', "it's \"x\"", "\x1b[0m", "\u0378", "\U000e0001", "\U0010ffff", "\x0b\x0c", "\u00ff\u0100", "\u3000", "\u061c"]
for v in vals:
    print(repr(v), ascii(v), len(v))
print(repr(b"\x00'\"\\\n\x7f\x80\xff"), repr(b"'"), repr(b"'\""), repr(bytearray(b"a'\"")))
print(repr("a" * 3 + "\t"), str(["x'", 'y"']), str(("\n",)))
print("%r %a %s" % ("é\n", "é\n", "é"))
print(f"{'x'!r:>6}|{'é'!a}|{'é'!s:^5}|")
print(format("ab", "*^7"), format("ab", "<3"), format("ab", ".1"), format("abc", "5.2"))
for spec in ["d", "x", "=5", "+"]:
    try:
        print(format("ab", spec))
    except Exception as e:
        print(type(e).__name__, e)
