# repr/ascii escaping and indexing/slicing by code point.
for s in ["", "'", '"', "'\"", "a'b", "\\", "\n\r\t\x00\x7f\x80\x9f\xa0\xad", "é\u200b\u2028\ufeff\ue000\U000e0001",
          "\U0001f600\U0010ffff\U000f0000", "\u0378\u0600", "日本", "\x1b[0m", "\u00a0\u3000", "\ud800", "\udfff\udc80x"]:
    print(repr(s), ascii(s), len(s), repr(repr(s)))
print(repr("a" * 3), str("x"), str(1.5), str([1, "a"]), repr(["é", "\n"]), ascii(["é"]), ascii("\U0001f600"))

s = "héllo wörld ünïcode \U0001f600 end" * 3
n = len(s)
print(n, s[0], s[1], s[-1], s[-4], s[25], s[n - 1], s[-n])
print(s[2:9], s[::3], s[::-1][:10], s[-5:], s[5:2], s[1:-1:4], s[100:], s[-100:3], s[::-7])
print([s[i] for i in range(0, n, 11)])
t = "x" * 100 + "é" * 100 + "\U0001f600" * 100
print(len(t), t[99], t[100], t[199], t[200], t[299], t[150:152], t[95:105], t[195:205], t[-3:], t[::37])
print("".join(t[i] for i in range(len(t)) if i % 17 == 0))
print(list("aé\U0001f600"), [c for c in "xyz"], list(reversed("aéb")), sorted("cba"), "é" in t, "\U0001f600x" in t)


def try_index(obj, key):
    try:
        return repr(obj[key])
    except Exception as e:
        return "%s %s" % (type(e).__name__, e)


for bad in [len(t), -len(t) - 1, 10**20, "1", 1.0, None, slice(None, None, 0)]:
    print(try_index(t, bad))


class I:
    def __index__(self):
        return 101


print(t[I()], t[I():I()], t[:I()][-2:], "abc"[True], "abc"[False:])
print(chr(0xd800) == "\ud800", ord("\udc80"), hex(ord(chr(0xdfff))), ord("\U0010ffff"), len("\ud800\udc00"))
print(repr(chr(0xd800) + chr(0xdc00)), "\ud800".isprintable(), "\ud800".isalpha(), "\ud83d".upper() == "\ud83d")
print(str(b"abc"), str(b"abc", "ascii"), str(bytearray(b"x\xe9"), "latin-1"), str(b"a\xffb", "utf-8", "replace"), str(b"\xff", errors="ignore"))


class S(str):
    pass


x = S("hello")
print(type(x).__name__, x, repr(x), x.upper(), type(x.upper()).__name__, type(x + "a").__name__, type(x[1:]).__name__, x == "hello")
print(type(str(x)).__name__, type(x.strip()).__name__, type("".join([x])).__name__, type(x.replace("z", "y")).__name__)
print(type(x.center(2)).__name__, type(x.zfill(1)).__name__, type(x.expandtabs()).__name__, type(x.split()[0]).__name__)
print(type(x.partition("z")[0]).__name__, type(format(x)).__name__, type(x.__format__("")).__name__, type(x * 1).__name__)
