print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\x00\x1f\x7f\x80\xa0\xad\u200b\ud800\U0010ffff\n\t\r\\"), repr("é€😀"), ascii("é€😀\x00"))
print(str(b"ab'c"), str(b'a"b'), str(bytearray(b"x\x00")), str(b"abc", "ascii"), str(b"\xff", "utf-8", "replace"), str(object=5), str(), str(encoding="ascii", object=b"hi"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    str(5, "ascii")
except TypeError as e:
    print("TypeError", e)
try:
    str("x", "ascii")
except TypeError as e:
    print("TypeError", e)
print("abc" * 0, "abc" * -1, "ab" * 3, 3 * "ab", "" * 100)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
s = "0123456789"
for sl in [slice(None, None, -1), slice(None, None, 2), slice(8, 2, -2), slice(-3, None), slice(-100, 100), slice(5, 1), slice(None, None, -3), slice(-1, -11, -1), slice(100, None, -1), slice(2, -2, 3)]:
    print(sl, s[sl])
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError", e)
print("a" < "b", "a" < "ab", "Z" < "a", "" < "a", "é" > "z", "abc" == "abc", "a" != "a")
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
print("ab" in "cabd", "" in "", "" in "abc", "x" not in "abc")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdabcd".translate(t), "abc".translate({97: None, 98: "BB", 99: 100}), str.maketrans({"a": "1", 98: None}))
for args in [("ab", "c"), ({"ab": 1},), (1,), ("a",)]:
    try:
        str.maketrans(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    "abc".translate({97: 1.5})
except TypeError as e:
    print("TypeError", e)
print("aé€😀".encode(), "aé".encode("latin-1"), "aé€".encode("ascii", "replace"), "aé€".encode("ascii", "ignore"), "aé€".encode("ascii", "xmlcharrefreplace"), "aé€😀".encode("ascii", "backslashreplace"), "aé".encode("utf-16-le"), "a".encode("utf-32-be"), "\ud800".encode("utf-8", "surrogatepass"))
for enc, err in [("ascii", "strict"), ("latin-1", "strict"), ("utf-8", "strict"), ("nope", "strict"), ("ascii", "bogus")]:
    try:
        print("a€\ud800".encode(enc, err))
    except Exception as e:
        print(type(e).__name__, e)
print("a€".encode(encoding="utf-8"), b"\xff\xfe".decode("utf-8", "backslashreplace"), b"a\xffb".decode("ascii", errors="ignore"), b"\xe9".decode("latin1"))
class S(str):
    pass
x = S("Hello")
print(type(x.upper()).__name__, type(x + "a").__name__, type(x[1:]).__name__, type(str(x)).__name__, x == "Hello", repr(x), type(x * 1).__name__, hash(x) == hash("Hello"))
print("%s|%5s|%-5s|" % (x, x, "ab"), "{}".format(x), "abc".__len__(), "abc".__contains__("b"), "b".__rmul__(3) if hasattr("b", "__rmul__") else None)
print(ord("a"), ord("😀"), chr(0x10ffff) == "\U0010ffff", chr(0))
for bad in [-1, 0x110000, "a", 1.5]:
    try:
        chr(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in ["", "ab", 1, b"ab"]:
    try:
        ord(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"z")))
