import unicodedata as ud

texts = ['café', 'cafe\u0301', 'Å', 'A\u030a', '\u212b', 'ﬁ', '①', 'ｶ', '\u1e9b\u0323',
         '\uac00', '\u1100\u1161\u11a8', '\uac01', 'x\u0323\u0307\u0301y', 'a\u0301\u0316',
         '\u0344', '\u0958', 'ǅ', '½', '\u2126', '\u00c5\u0327', '\u0041\u0327\u030a',
         'ệ', 'e\u0302\u0323', '\U0001d400', '\u3300', '\ufb2c', 'Ω', '\u0fb3\u0f81',
         '\u0915\u093c', '\u09c7\u09be', '\u0b47\u0b56', 'abc', '', '\u0301a', '\u1100\u1100\u1161',
         '\uac00\u11a8', '\U0002f800', '\u2000', '\u0385', '\u01c4', '\u1f80\u0345']
for t in texts:
    row = [ascii(t)]
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        n = ud.normalize(form, t)
        row.append(ascii(n))
        row.append(ud.is_normalized(form, t))
    print(*row)

# Every character, every form: count the code points each form changes and a checksum.
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    changed = 0
    total = 0
    for cp in range(0, 0x10F7FE, 29):
        if 0xd800 <= cp < 0xe000:
            continue
        c = chr(cp)
        n = ud.normalize(form, c)
        if n != c:
            changed += 1
            total = (total * 131 + sum(map(ord, n)) + len(n)) % 1000000007
    print(form, changed, total)

# Composition of decomposed strings round-trips.
ok = 0
for cp in range(0, 0x10F7FE, 29):
    if 0xd800 <= cp < 0xe000:
        continue
    c = chr(cp)
    if ud.normalize('NFC', ud.normalize('NFD', c)) == ud.normalize('NFC', c):
        ok += 1
print(ok)
s = 'abc'
print(ud.normalize('NFC', s) is s)
for a in [(1, 'a'), ('NFC', 1), ('X', 'a'), ('nfc', 'a')]:
    for f in (ud.normalize, ud.is_normalized):
        try:
            f(*a)
        except Exception as e:
            print(type(e).__name__, e)
