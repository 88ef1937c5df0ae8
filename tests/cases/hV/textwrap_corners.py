import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3 + "Supercalifragilisticexpialidocious-is-a-very-long-hyphenated-word indeed."
for w in (10, 20, 33, 70):
    print(w, textwrap.wrap(s, w))
print(textwrap.fill(s, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill(s, 25, break_long_words=False))
print(textwrap.fill(s, 25, break_on_hyphens=False))
print(textwrap.wrap('a\tb\tc', 10), textwrap.wrap('a\tb\tc', 10, expand_tabs=False), textwrap.wrap('a\tb', 10, tabsize=4))
print(textwrap.wrap('a  b   c', 3), textwrap.wrap('  a  b', 5, drop_whitespace=False))
print(textwrap.wrap('Hello.  World.  Yes', 100, fix_sentence_endings=True))
print(textwrap.wrap('Mr. Smith goes.  Ok! fine? yes', 100, fix_sentence_endings=True))
print(textwrap.wrap('a\nb\rc\x0bd\x0ce', 100), textwrap.wrap('a\nb', 100, replace_whitespace=False))
print(textwrap.wrap(s, 30, max_lines=2), textwrap.wrap(s, 30, max_lines=2, placeholder=' ...'))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('', 5))
for bad in (0, -1):
    try:
        textwrap.wrap('abc', bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    textwrap.wrap('abc def ghi', 5, max_lines=1, placeholder='.........')
except Exception as e:
    print(type(e).__name__, e)
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world!', width=10, placeholder='...'), repr(textwrap.shorten('   ', 5)))
try:
    textwrap.shorten('Hello world', 3)
except Exception as e:
    print(type(e).__name__, e)
print(repr(textwrap.dedent('''
    def f():
        return 1
    ''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('  a\n  \n    b\n')), repr(textwrap.dedent('\t a\n\t  b')))
print(repr(textwrap.dedent('  a\n   \n  b')), repr(textwrap.dedent('')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n  \nc\n', '+', lambda l: True)))
print(repr(textwrap.indent('a\r\nb', '|')))
w = textwrap.TextWrapper(width=15, initial_indent='>>', subsequent_indent='..', max_lines=3)
print(w.wrap(s), w.width, w.placeholder)
w.width = 40
print(w.fill('short text'))
print(textwrap.wrap('über-größe straße-bahn', 8))
print(textwrap.wrap('this-is-a-test', 5), textwrap.wrap('a--b--c', 3), textwrap.wrap('--option-name', 5))
print(textwrap.wrap('x' * 25, 10), textwrap.wrap('ab cd', 1))
print(textwrap.TextWrapper(width=10).wrap('one two three four'))
try:
    textwrap.TextWrapper(10)
    textwrap.TextWrapper(width=10, bogus=1)
except Exception as e:
    print(type(e).__name__, e)
print(textwrap.fill('a b c d e f g', width=3, initial_indent='   '))
print(textwrap.wrap('1,2,3,4,5,6,7', 4))
print(textwrap.wrap('word\u00a0word nbsp', 6))
