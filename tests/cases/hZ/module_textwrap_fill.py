import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(text, 30))
print(textwrap.wrap(text, 25, max_lines=3, placeholder=" [..]"))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.wrap("supercalifragilistic", 10, break_long_words=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a-b-c-dddd-eeee", 6), textwrap.wrap("a-b-c-dddd-eeee", 6, break_on_hyphens=False))
print(textwrap.fill("one two three four", 9, initial_indent="* ", subsequent_indent="  "))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.dedent("  x\n\n  y")), repr(textwrap.dedent("\ta\n  b")))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("a\n\nb", "+", lambda l: True), sep="|")
print(textwrap.shorten("Hello  world, this is long", 15), textwrap.shorten("short", 10), textwrap.shorten("x " * 10, 8, placeholder="..."))
w = textwrap.TextWrapper(width=12, expand_tabs=True, tabsize=4, replace_whitespace=True, drop_whitespace=False)
print(w.wrap("a\tb c\nd e f g h"))
print(textwrap.wrap("end. Start again", 40, fix_sentence_endings=True))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
