s = "héllo wörld"
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[100:], s[-100:3], s[3:1], len(s), s[len(s) - 1])
for i in (11, -12, 2**63):
    try:
        s[i]
    except IndexError as e:
        print(e)
try:
    s["a"]
except TypeError as e:
    print(e)
try:
    s[1] = "x"
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc", "é" > "z", max("hello"), min("hello"), sorted("bca"))
print("a" in "abc", "" in "abc", "abc" in "abc", "x" not in "abc")
try:
    1 in "abc"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
print("ab" * 3, 0 * "ab", "-" * 10, "a" "b" 'c', """tri
ple""", r"\n raw", b"\x41", "\x41\101\u0041\N{LATIN SMALL LETTER A}")
print(str(), str(123), str([1, "a"]), str(None), str(b"x"), repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\\"))
print("%s" % "x", "{}".format("x"), f"{'x'}", "x".__len__(), "abc".__getitem__(1), "a".__add__("b"), "ab".__mul__(2))
