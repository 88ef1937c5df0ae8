# shlex: split, quote, join, shlex class (posix and not, punctuation_chars, comments)
import shlex

for s in ['a b c', '  a   "b c"  d', "its \"quoted\" 'x y'", 'a\\ b c', '"a\\"b" \'c\\d\'',
          'x # comment', 'a=1 b="2 3"', '', '""', "''", 'a"b"c', '"\\$x" "\\\\"',
          'echo ${HOME}/x*', 'ü ñ', 'one\ntwo\tthree']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
for bad in ['"open', "'open", 'back\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)
for s in ['', 'abc', 'a b', "it's", 'a"b', '$x', 'safe-_./:,=+%@', 'tab\t', 'ü']:
    print(repr(shlex.quote(s)))
print(shlex.join(['echo', 'hello world', "it's", '']))
print(shlex.split(shlex.join(['a b', "c'd", '"e"'])))

lex = shlex.shlex('a = b + c; foo(bar, "x y") # comment\nnext line')
print(list(lex), lex.lineno)
lex = shlex.shlex('a && b || c; (d) > out.txt', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a && b|c >>out', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('x y z', posix=True)
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('x y')
print(repr(lex.get_token()), repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex('key:value,other', posix=True)
lex.wordchars += ':'
lex.whitespace += ','
print(list(lex))
print(shlex.shlex('abc', infile='f.txt').error_leader())
print(shlex.shlex('', punctuation_chars='<>').punctuation_chars)
