# shlex: seeded random command lines split in posix and non-posix mode, with and without punctuation
import random
import shlex

rng = random.Random(7)
pieces = ['a', 'bc', ' ', '  ', '"', "'", '\\', '#', ';', '|', '&&', '(', ')', '>', 'x=1', '\n', '\t', '-v', '~/p']
for case in range(120):
    s = ''.join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
    out = []
    for posix in (True, False):
        for punct in (False, True):
            try:
                lex = shlex.shlex(s, posix=posix, punctuation_chars=punct)
                lex.whitespace_split = case % 2 == 0
                out.append(list(lex))
            except ValueError as e:
                out.append('ValueError: %s' % e)
    try:
        out.append(shlex.split(s, comments=case % 3 == 0))
    except ValueError as e:
        out.append('ValueError: %s' % e)
    print(repr(s), out, shlex.quote(s))
