import textwrap

text = ("The quick brown fox jumps over the lazy dog.  It was a well-known "
        "fact that state-of-the-art, self-evident super--duper words "
        "break---on hyphens. Mr. Smith went to Washington! Did he? Yes.\tTabs\there "
        "and\nnewlines\rand\x0bvertical\x0cfeeds.")
for w in [1, 5, 10, 12, 15, 20, 30, 40, 60, 80, 200]:
    print(w, textwrap.wrap(text, w))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 20, break_long_words=False))
print(textwrap.wrap(text, 7, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 25, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap(text, 25, tabsize=4))
print(textwrap.wrap(text, 30, initial_indent='* ', subsequent_indent='    '))
print(textwrap.fill(text, 35, initial_indent='>>> ', subsequent_indent='... '))
for ml in [1, 2, 3, 10]:
    print(ml, textwrap.wrap(text, 30, max_lines=ml))
    print(ml, textwrap.wrap(text, 30, max_lines=ml, placeholder='...'))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('   ', 10, drop_whitespace=False))
print(textwrap.wrap('a-b-c-d-e-f-g-h', 3), textwrap.wrap('---- ---', 2))
print(textwrap.wrap('hello-world-foo-bar-baz', 8), textwrap.wrap('1-2-3-4 x-1 1-x ab-cd', 4))
print(textwrap.wrap('over--under, a--b 1--2 x---', 6))
print(textwrap.wrap('superlongwordwithnospaces and more', 10))
print(textwrap.wrap('ünïcödé wörds ärë fïnë-tøø', 8))
print(textwrap.wrap('He said "Hello." Then left. End.', 12, fix_sentence_endings=True))
print(textwrap.wrap("It's 'quoted.' Here!' x", 12, fix_sentence_endings=True))

print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world and everyone else here", width=20, placeholder=" …")))
print(repr(textwrap.shorten("   lots    of    space   ", 15)))
print(repr(textwrap.shorten("short", 100)))

print(repr(textwrap.dedent('''\
    def f():
        return 1
      # comment
    ''')))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("  a\n    \n  b")))
print(repr(textwrap.dedent("   x\n  \n   y\r\n   z")), repr(textwrap.dedent("")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.dedent("  \ta\n  \tb\n  c")), repr(textwrap.dedent("    a\n  b\n      c\n")))
print(repr(textwrap.indent("a\nb\n\nc  \n  \n", "> ")))
print(repr(textwrap.indent("a\nb\r\nc", "+", lambda line: True)))
print(repr(textwrap.indent("one\ntwo\nthree", "  ", lambda l: 't' in l)))

w = textwrap.TextWrapper(width=10, max_lines=2)
print(w.width, w.max_lines, w.placeholder, w.wrap('aaa bbb ccc ddd eee fff'))
w.width = 5
print(w.fill('aaa bbb ccc ddd eee fff'))
def check(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: textwrap.wrap('x', 0))
check(lambda: textwrap.wrap('x y', -1))
check(lambda: textwrap.wrap('abc def', 3, max_lines=1, placeholder='[...]'))
check(lambda: textwrap.shorten('abc def', 3))
print(sorted(textwrap.TextWrapper.unicode_whitespace_trans.items()))
