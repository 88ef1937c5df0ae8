import random
rng = random.Random(1234)
alphabet = ['a', 'B', 'ß', 'Σ', 'σ', 'ς', 'ǅ', 'ǆ', 'İ', 'ı', 'ŉ', 'ﬃ', 'ᾳ', 'ᾼ', 'Ω', ' ', '\t', '\n', '\u2028', '\x1c', '\x85', '\xa0', '\u3000', '1', '²', '٣', '.', "'", '-', '_', 'é', 'e\u0301', '\u0345', 'ǰ', 'ẞ', 'Ǳ', '😀', 'x', 'X', 'Z']
methods = ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'split', 'splitlines', 'strip', 'isupper', 'islower', 'istitle', 'isspace', 'isalnum', 'isidentifier', 'isprintable']
for i in range(600):
    s = ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
    out = [ascii(getattr(s, m)()) for m in methods]
    out.append(ascii(s.center(12, '*')))
    out.append(ascii(s.rsplit(None, 1)))
    out.append(ascii(s.partition(' ')))
    out.append(ascii(s.expandtabs(3)))
    out.append(ascii(s.zfill(6)))
    out.append(ascii(s.replace('a', 'AA', 1)))
    out.append(str(s.find('Σ')) + str(s.count('a')))
    out.append(ascii(s.encode('utf-8', 'replace')[:6]))
    out.append(ascii(s[::-2]))
    out.append(ascii(s.translate({ord('a'): 'A', ord(' '): None})))
    print(ascii(s), ' '.join(out))
