import random
random.seed(33)
encs = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'latin-1', 'ascii', 'cp1252', 'iso-8859-15', 'cp437', 'mac-roman', 'utf-8-sig', 'raw_unicode_escape', 'unicode_escape']
errs = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']
pool = 'aZ09 \n\\\'"éüß€\u20ac\u2603\U0001f600\x00\x7f\x80\xff\u0100\ud800'
for i in range(1200):
    s = ''.join(random.choice(pool) for _ in range(random.randint(0, 8)))
    enc = random.choice(encs); err = random.choice(errs)
    try:
        b = s.encode(enc, err)
        print(i, ascii(s), enc, err, b)
    except Exception as e:
        print(i, ascii(s), enc, err, type(e).__name__, e)
for i in range(1200):
    b = bytes(random.choice(b'az\x00\x7f\x80\xbf\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xed\xa0\xff\\xnu') for _ in range(random.randint(0, 8)))
    enc = random.choice(encs); err = random.choice(['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape'])
    try:
        print(i, b, enc, err, ascii(b.decode(enc, err)))
    except Exception as e:
        print(i, b, enc, err, type(e).__name__, e)
