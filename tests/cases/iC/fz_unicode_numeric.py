import random, unicodedata
random.seed(31)
digits = [c for c in map(chr, range(0x110000)) if c.isdecimal()] if False else None
found = []
cp = 0
random_cps = sorted(random.sample(range(0x80, 0x20000), 3000))
for cp in random_cps:
    c = chr(cp)
    if 0xd800 <= cp < 0xe000:
        continue
    if c.isdecimal() or c.isdigit() or c.isnumeric():
        try:
            iv = int(c)
        except ValueError as e:
            iv = 'VE'
        try:
            fv = float(c)
        except ValueError:
            fv = 'VE'
        print('%x' % cp, c.isdecimal(), c.isdigit(), c.isnumeric(), iv, fv, unicodedata.numeric(c, None), unicodedata.digit(c, None), unicodedata.decimal(c, None))
for s in ['١٢٣', '٣.٥', '１２.５', '߀߁', '𝟙𝟚', '৪২', '๓๔', '1٢3', '²', '½', 'Ⅻ', '〇', '𝟎.𝟓e𝟏']:
    try:
        print(repr(s), int(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
    try:
        print(repr(s), float(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
    try:
        print(repr(s), complex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
