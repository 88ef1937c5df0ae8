import unicodedata
bad = []
step = 97
for cp in list(range(0, 0x10F7FE, step)) + [0x10FFFF, 0xD800, 0xDFFF]:
    c = chr(cp)
    r = repr(c)
    flags = (c.isprintable(), c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(), c.isupper(), c.islower(), c.istitle(), c.isidentifier(), c.isalnum())
    up, lo, ti, cf = c.upper(), c.lower(), c.title(), c.casefold()
    print(hex(cp), r, ascii(c), ''.join('1' if f else '0' for f in flags), ascii(up), ascii(lo), ascii(ti), ascii(cf), unicodedata.category(c), unicodedata.bidirectional(c), unicodedata.east_asian_width(c), unicodedata.combining(c), unicodedata.decimal(c, None), unicodedata.numeric(c, None))
