# str patterns over all of Unicode (classes, case, surrogates, astral characters) and bytes
# patterns over bytes, bytearray and memoryview subjects.
import re


def t(pattern, subject, flags=0):
    try:
        r = [(m.span(), m.group()) for m in re.finditer(pattern, subject, flags)]
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(ascii(pattern), ascii(subject), r)


# classes over samples of many scripts: a code point table for \w \d \s
samples = ''.join(chr(c) for c in range(0, 0x3000, 7)) + '\U0001d7ce\U00010400\U0001f600\u00b2\u2160'
for cls in [r'\w', r'\W', r'\d', r'\D', r'\s', r'\S', '.', '[^\\w\\s]', r'[\d\s]']:
    found = re.findall(cls, samples)
    print(cls, len(found), ascii(''.join(found[:40])), ascii(''.join(found[-10:])))
    found = re.findall(cls, samples, re.A)
    print(cls, 'A', len(found), ascii(''.join(found[:20])))
# case-insensitive matching of every cased letter in a range against its case partners
letters = ''.join(chr(c) for c in range(0x41, 0x2000) if chr(c).lower() != chr(c).upper())
for c in ['a', 'é', 'ǅ', 'ω', 'ſ', 'ı', 'ǰ', 'ﬀ', 'ᾀ', 'ß', 'Ω', 'Å', 'µ', 'ϐ', 'ϑ', 'ϰ']:
    print(ascii(c), ascii(''.join(re.findall(c, letters, re.I))),
          ascii(''.join(re.findall('[%s]' % c, letters, re.I))),
          ascii(''.join(re.findall('[%s-%s]' % (c, c), letters, re.I))))
t('(?i)[^\\W\\d]+', 'ÀÉ_1x')
t('\\w+', 'naïve café façade 日本語 ٣٤')
t('\\d+', '٣٤ ১২ 12 ²')
t('[٠-٩]+', '٣٤٥')
t('\\bcafé\\b', 'un café noir')
t('.', '\U0001f600\U0001f601')
t('[\U0001f600-\U0001f64f]+', 'hi \U0001f600\U0001f64f!')
t('\U0001f600+', '\U0001f600\U0001f600x')
t('[^\U0001f600]', '\U0001f600a')
t('(\U0001f600)\\1', '\U0001f600\U0001f600')
t('\ud800', 'a\ud800b')
t('[\ud800-\udfff]', 'a\udc00\ud800b')
t('.', '\udcff')
t('\\udc80', 'x\udc80')
t('a\u0300', 'a\u0300 à')
t('\\N{GREEK SMALL LETTER ALPHA}+', 'ααβ')
t('[\\N{DIGIT ONE}-\\N{DIGIT THREE}]+', '0123')
t('\u00df', 'ß')
t('(?i)\u0130', 'i\u0130\u0069\u0307')
t('(?i)\u03a3+', '\u03c3\u03c2\u03a3')
print(re.sub('(?<=\U0001f600)a', 'b', '\U0001f600aa'))
print(re.split('é', 'aébéc'), re.split('(€)', '1€2€'))
print(re.search('c', 'ééécéé').span(), re.search('c', 'ééécéé', 2).span())
print(re.compile('é').search('ééé', 1, 2).span())
long = 'é' * 1000 + 'x' + 'é' * 1000
print(re.search('x', long).span(), len(re.findall('é', long)), re.search('(é+)x(é+)', long).span(2))
# one long non-ASCII text searched from increasing positions (the usual tokenizer loop)
text = ('αβγ δεζ ' * 200).strip()
pos, words = 0, []
word = re.compile(r'\w+')
while True:
    m = word.search(text, pos)
    if not m:
        break
    words.append(m.group())
    pos = m.end()
print(len(words), words[:3], words[-1])
# bytes
t(b'a.c', b'abc a\nc \xff\x00')
t(b'[\x80-\xff]+', b'abc\x80\xfe\xff')
t(b'\\xff', b'\xff\xfe')
t(b'(?s).', b'\n')
t(b'\\w+', bytearray(b'ab cd'))
print(re.findall(b'\\w+', memoryview(b'ab cd')))
t(b'[\\w]+', b'\xe9t\xe9')
t(b'\\x41\\101', b'AA')
print(re.match(b'(a)', bytearray(b'ab')).group(1), re.match(b'(a)', memoryview(b'ab')).group(0, 1))
print(re.sub(b'a', b'b', bytearray(b'aa')), re.sub(b'a', bytearray(b'c'), memoryview(b'aa')))
print(re.split(b',', bytearray(b'a,b')), re.findall(b'.', memoryview(b'xy')))
import array
print(re.findall(b'.', array.array('b', [65, 66])))
for expr in ["re.match(b'\\\\u1234', b'x')", "re.match(b'\\\\N{EM DASH}', b'x')", "re.match('a', b'a')",
             "re.match(b'a', 'a')", "re.match('a', bytearray(b'a'))", "re.match(b'a', 1)",
             "re.compile(bytearray(b'a'))", "re.compile(memoryview(b'a'))", "re.match(b'(?u)a', b'a')"]:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
