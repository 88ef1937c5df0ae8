import re
pairs = ['ſ', 's', 'S', 'K', 'k', 'K', 'ß', 'ẞ', 'ﬅ', 'ﬆ', 'İ', 'ı', 'i', 'I', 'Σ', 'σ', 'ς', 'µ', 'μ', 'Μ', 'ǅ', 'ǆ', 'Ǆ',
         'θ', 'ϑ', 'ϴ', 'Ω', 'ω', 'Ω', 'ﬀ', 'ı', 'ȷ', 'ᲀ', 'в', 'Ⅰ', 'ⅰ', 'Ａ', 'ａ', 'ά', 'Ά', '\u0345', 'ι', 'ͅ', 'ι', 'Ι', 'ΐ', 'ΐ', 'ﬁ']
for a in pairs:
    r = []
    for b in pairs:
        if re.fullmatch(a, b, re.I):
            r.append(b)
    rb = [b for b in pairs if re.fullmatch('[' + a + ']', b, re.I)]
    ra = [b for b in pairs if re.fullmatch(a, b, re.I | re.A)]
    print(a, ''.join(r), ''.join(rb), ''.join(ra))
print(re.findall('(?i)[a-z]+', 'ſKıİ'))
print(re.findall('(?i)[k-l]', 'Kk'))
print(re.findall('(?i)[^a-z]', 'ſKıİ'))
print(re.findall('(?ia)[a-z]+', 'ſKıİabc'))
print(re.findall('(?i)[\u00c0-\u00ff]+', 'àÀÿŸ'))
print(re.findall('(?i)straße', 'STRASSE Straße STRAẞE'))
print(re.findall(r'(?i)\w+', 'ÀéÎ'))
print(re.findall(r'(?i)(a)\1', 'aA Aa'))
print(re.findall(r'(?i)(ſ)\1', 'ſs sS'))
print(re.search(r'(?i)ǅ', 'ǆ'), re.search(r'(?i)Ǆ', 'ǅ'))
print(re.findall(b'(?i)[a-z]+', b'ABC\xc0\xe0'))
print(re.findall('(?iL)[a-z]+', 'ABC') if False else '')
print(re.findall(b'(?i)\xc0', b'\xe0'))
print(re.findall(r'\w+', 'naïve café Ωmega 日本語 ١٢٣'))
print(re.findall(r'\w+', 'naïve café Ωmega 日本語 ١٢٣', re.A))
print(re.findall(r'\d+', 'x١٢٣ ４５ 12'))
print(re.findall(r'\d+', 'x١٢٣ ４５ 12', re.A))
print(re.findall(r'\s+', 'a\u00a0b\u2003c\x1cd\x85e\u200bf'))
print(re.findall(r'\s+', 'a\u00a0b\u2003c\x1cd\x85e\u200bf', re.A))
print(re.findall(r'\b\w', 'über élan à'))
print(re.findall(r'\b\w', 'über élan à', re.A))
print(re.findall(r'\B\w', 'über', re.A))
print(re.findall(r'\w', '²³¹½ⅷ_\u0300'))
print(re.findall(r'\d', '²³¹½ⅷ'))
print(re.findall(r'[\w]', '\u200c\u200d·'))
print(re.findall(r'\W', 'a-b\u00adc'))
print(re.findall(rb'\w+', 'naïve'.encode()))
print(re.findall(rb'\s+', b'a\x1cb\x0bc\x85'))
print(re.findall(r'[[:alpha:]]', 'a:b'))
for ch in map(chr, range(0x80, 0x3000, 37)):
    w = bool(re.match(r'\w', ch)); 
    if w != (ch.isalnum() or ch == '_'):
        print('w mismatch', hex(ord(ch)))
    d = bool(re.match(r'\d', ch))
    if d != ch.isdecimal():
        print('d mismatch', hex(ord(ch)))
    s = bool(re.match(r'\s', ch))
    if s != ch.isspace():
        print('s mismatch', hex(ord(ch)))
print('done')
