s = "Straße ǅungla İstanbul ﬁne ΣΑΣ"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), s.capitalize())
print("ß".upper(), "ﬃ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ ΑΣ".lower())
print("abc".isidentifier(), "1a".isidentifier(), "_ü".isidentifier(), "".isidentifier())
print("٣".isdigit(), "٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "½".isdigit())
print("Ab".istitle(), "AB".isupper(), "ß".islower(), " \t\n".isspace(), "".isspace(), "é".isalpha(), "a1".isalnum())
print("é".isascii(), "abc".isascii(), "\x7f".isprintable(), "a b".isprintable(), "".isprintable())
print("abc".center(8, "é"), "é".zfill(4), "-7".zfill(5), "+".zfill(3), "tab\tx".expandtabs(4))
print("xxhixx".strip("x"), "  é ".strip(), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"))
print("hello".translate({ord("l"): "L", ord("o"): None}), str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy", "c")))
print("a-b-c".replace("-", "+", 1), "aaa".replace("", "|"), "abc".replace("", "-", 2), "é".encode(), "é".encode("latin-1"))
print("hello world".find("o"), "hello world".rfind("o"), "hello".index("l"), "hello".rindex("l"), "hi".find("hi", 1), "abc".find("", 5), "abc".find("", 3))
print("abcabc".count("bc"), "aaaa".count("aa"), "abc".count(""), "abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "abc".startswith(["a"])
except TypeError as e:
    print(e)
print("-".join(["a", "b"]), "".join([]), ",".join("xyz"))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)
