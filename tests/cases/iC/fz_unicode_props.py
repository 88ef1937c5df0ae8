import random
random.seed(30)
preds = ['isalpha', 'isdigit', 'isnumeric', 'isdecimal', 'isspace', 'isprintable', 'isidentifier', 'isupper', 'islower', 'istitle', 'isalnum']
out = []
for i in range(6000):
    r = random.random()
    if r < 0.5:
        cp = random.randint(0x80, 0x3000)
    elif r < 0.8:
        cp = random.randint(0x3000, 0xffff)
    else:
        cp = random.randint(0x10000, 0x10f7fd)  # the top of plane 16 stores lone surrogates (docs/differences.md)
    if 0xd800 <= cp < 0xe000:
        continue
    c = chr(cp)
    bits = ''.join('1' if getattr(c, p)() else '0' for p in preds)
    out.append('%x %s %s %s %s %s' % (cp, bits, ascii(c.upper()), ascii(c.lower()), ascii(c.casefold()), ascii(c.title())))
print('\n'.join(out))
