import textwrap, pprint
t = "  Lorem ipsum dolor-sit amet,\tconsectetur   adipiscing elit; sed do eiusmod-tempor incididunt ut labore et dolore magna aliqua.  "
for kw in [dict(width=20), dict(width=20, break_on_hyphens=False), dict(width=15, break_long_words=False), dict(width=25, drop_whitespace=False), dict(width=30, replace_whitespace=False), dict(width=30, tabsize=4), dict(width=18, fix_sentence_endings=True), dict(width=10, max_lines=3), dict(width=30, initial_indent="-> ", subsequent_indent="   ", max_lines=2, placeholder="~")]:
    print(kw, textwrap.wrap(t, **kw))
w = textwrap.TextWrapper(width=12, expand_tabs=False)
print(w.wrap("a\tb c d e f g h i j k l"), w.fill("one. two.  three"), w.width)
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 8))
print(textwrap.wrap("Hello there.  How are you?  Fine.", 12, fix_sentence_endings=True))
print(textwrap.fill("x", 1), textwrap.wrap(" ", 5), textwrap.wrap("   leading", 20), textwrap.wrap("a  b", 20, drop_whitespace=False))
print(textwrap.shorten("The quick brown fox", 12), textwrap.shorten("  spaced   out   words  ", 100), textwrap.shorten("abcdefghij klm", 12), textwrap.shorten("one two three", 13))
print(repr(textwrap.dedent("\t a\n\t b")), repr(textwrap.dedent("  a\n \tb")), repr(textwrap.dedent("   \n  x\n   y")), repr(textwrap.dedent("")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n  \nb", "# ")), repr(textwrap.indent("x\r\ny\r\n", ">")), repr(textwrap.indent("", "x")))
code = '''
    def f():
        return 1
'''
print(textwrap.dedent(code))
print(textwrap.fill("word " * 30, width=40, initial_indent="    "))
nested = {"users": [{"name": "Alice", "roles": ["admin", "dev"], "meta": {"age": 30, "tags": list(range(12))}}, {"name": "Bob", "roles": [], "meta": {}}], "count": 2, "long_key_" * 3: "value " * 12}
pprint.pprint(nested, width=60)
pprint.pprint(nested, width=120, compact=True)
pprint.pprint(nested, depth=2, width=40)
print(pprint.pformat(nested["users"][0], indent=4, width=50))
pprint.pprint([("a" * 30, "b" * 30), ("c", 1)], width=50)
pprint.pprint({"s": "x" * 100}, width=40)
pprint.pprint(["short", "a" * 70 + " " + "b" * 20], width=60)
pprint.pprint(tuple(range(25)), width=30)
pprint.pprint([1.5, -0.0, float("inf"), 1e100, 2 ** 70, 3 + 4j, None, True, b"\x00\xff"])
pprint.pprint({frozenset({1}): 1, (2, 3): [4, 5]}, width=20)
