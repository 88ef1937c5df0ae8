# max_lines/placeholder edges, long words and hyphens, dedent/indent corners.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs!  Sphinx of black quartz, judge my vow. super-cali-fragilistic-"
        "expialidocious words--and dashes--everywhere")
for width in (1, 5, 9, 12, 20, 33):
    for kw in ({}, {'break_long_words': False}, {'break_on_hyphens': False},
               {'max_lines': 2}, {'max_lines': 1, 'placeholder': '...'},
               {'max_lines': 3, 'initial_indent': '> ', 'subsequent_indent': '  '},
               {'drop_whitespace': False}, {'fix_sentence_endings': True}):
        try:
            print(width, sorted(kw), textwrap.wrap(text, width, **kw))
        except ValueError as e:
            print(width, sorted(kw), 'ValueError', e)
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('a\tb\nc', 10, expand_tabs=False))
print(textwrap.wrap('a\tb\vc', 10, replace_whitespace=False, tabsize=4))
print(textwrap.wrap('---------- abc', 4), textwrap.wrap('a-b-c-d-e-f', 3))
print(textwrap.shorten('Hello  world!\n  How are\tyou?', 12), textwrap.shorten('x' * 30, 10, placeholder='~'))
print(textwrap.wrap('aaa bbb ccc ddd', 7, max_lines=2, placeholder=' ...'))
print(textwrap.wrap('aaaaaaaaaaaa bb', 6, max_lines=2, placeholder='..'))
print(textwrap.fill('one two three', 8, max_lines=2, placeholder=' [x]'))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print(e)
for s in ["  a\n    b\n  c", "\ta\n\t\tb", "  a\n\tb", "   \n  x\n    y\n", "no indent\n  x",
          "  x\n \n  y", "", "\n\n", "  only"]:
    print(repr(textwrap.dedent(s)))
print(repr(textwrap.indent('a\n\n  \nb\r\nc', '> ')))
print(repr(textwrap.indent('a\n\nb', '+', lambda line: True)))
w = textwrap.TextWrapper(width=15, initial_indent='* ', subsequent_indent='  ')
print(w.fill(text[:60]), w.width, w.tabsize, w.placeholder)
