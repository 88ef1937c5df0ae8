import sys
exprs = r'''
"abc".center(2)
"abc".ljust(6, "xy")
"{:^07}".format(3)
"{:=^7}".format(-3)
format(-3, "=^7")
format(3.0, "=+10.2f")
format(1234567, ",d").split(",")
format(12345.678, "_g")
format(1e-7, ",")
format(123, "")
format(True, "d")
format(True, "")
format(True, "^5")
format(None, "")
format("x", "s")
format(3+4j, ".2f")
format(3+4j, "")
format(-0.0, "")
format(0j, "")
complex("1+2j")
complex(" (1-2j) ")
complex("j")
repr(complex(0, -0.0))
repr(-0j)
repr(1e22)
repr(1e16)
repr(123456789012345678.0)
str(1e-5)
(1+2j) ** 2
(1+2j) / (3-4j)
abs(3+4j)
(2j).conjugate()
divmod(7, 2.5)
int("  12  ")
int("1_2_3")
float("1_0.5_0")
float("  .5")
float("5.")
float("-.e1")
"%.3r" % "abcdef"
"%5.1s|" % "xyz"
"%-+6d|" % 5
"%#.3g" % 1.0
"%g" % 100000
"%g" % 1000000
"%.2e" % 12345
"%c" % 0x1f600
"%r" % b"x"
"%s" % b"x"
"%a" % "\u1234"
"ab" * -1
[1] * 0
"".join(reversed("abc"))
"abc"[::-1][1:]
"a\tb".expandtabs()
"a\tbc\td".expandtabs(3)
"x".zfill(-1)
"ABC".lower().title()
"hello world".title()
"they're bill's".title()
"ǅ".istitle()
"12abc".capitalize()
"ßx".capitalize()
"ﬁ".upper()
"İ".casefold()
"a b".split(" ", -5)
"abc".strip("")
"  ".strip() == ""
"a,b".rsplit(",", 0)
str(b"abc", "ascii")
str(b"\xff", "utf-8", "replace")
str(b"\xff", errors="ignore")
b"\xff".decode("latin-1")
"é".encode("ascii", "xmlcharrefreplace")
"é".encode("ascii", "backslashreplace")
"é€".encode("cp1252")
"\ud800".encode("utf-8", "surrogatepass")
b"\xed\xa0\x80".decode("utf-8", "surrogateescape")
"abc".encode("utf-16")
"abc".encode("utf-16-le")
"abc".encode("utf-32")
bytes.fromhex("")
b"abc".hex("-", 2)
b"abcdef".hex(":", -2)
bytearray(b"abc").decode()
b"a b".title()
b"abc".center(7, b"*")
b"%5s" % b"ab"
b"%-5d|" % 3
b"%r" % "x"
b"x".join([b"a", bytearray(b"b")])
bytes(memoryview(b"xy"))
memoryview(b"abc")[1]
memoryview(b"abc")[::-1].tobytes()
list(memoryview(bytearray(b"ab")))
memoryview(b"abcd").cast("H").tolist()
memoryview(b"ab").nbytes
'''.strip().split("\n")
for e in exprs:
    try:
        r = eval(e)
        print(e, "=>", repr(r))
    except Exception as ex:
        print(e, "!!", type(ex).__name__, ex)
