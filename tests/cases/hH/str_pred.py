tests = ["", "abc", "ABC", "Abc", "123", "¹²", "½", "٣", "a b", "Hello World", "hello World", " ", "\t\n", "_x1", "1x", "def", "ǅ", "Ⅷ", "\u00a0", "abc\x00", "é", "x\u0301"]
for t in tests:
    print(repr(t), [m for m in ("isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper") if getattr(t, m)()])
print("\u0378".isprintable(), "\u200b".isprintable(), "\U0001F600".isprintable(), "\x7f".isprintable(), "\xad".isprintable())
print(str.isupper("A"), str.lower("ABC"))
try:
    str.lower(5)
except TypeError as e:
    print("TypeError", e)
try:
    "a".isalpha(1)
except TypeError as e:
    print("TypeError", e)
