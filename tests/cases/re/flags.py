# re flags: RegexFlag values, reprs and operators; inline and scoped flags; flags of str
# and bytes patterns (ASCII, UNICODE, LOCALE).
import re


def show(expr):
    try:
        r = eval(expr)
        print(expr, '->', repr(r))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


for expr in [
    "re.I", "re.IGNORECASE", "re.A", "re.L", "re.M", "re.S", "re.X", "re.U", "re.T", "re.DEBUG",
    "re.NOFLAG", "re.TEMPLATE", "int(re.I)", "re.I.value", "re.I.name", "re.S.name",
    "re.I | re.M", "re.M | re.I", "re.A | re.I", "(re.I | re.M).name", "re.I | 1", "1 | re.I",
    "re.I | 512", "re.RegexFlag(512)", "re.RegexFlag(514)", "re.RegexFlag(512).name",
    "re.I & re.M", "re.I & 2", "re.I ^ re.I", "re.I ^ re.M", "~re.I", "int(~re.I)", "~re.NOFLAG",
    "re.RegexFlag(-1)", "re.RegexFlag(-3)", "re.RegexFlag(0)", "re.RegexFlag(2) is re.I",
    "re.RegexFlag(re.M)", "re.RegexFlag('a')", "re.RegexFlag(1.5)",
    "re.I + 1", "re.I * 2", "-re.I", "re.I << 1", "re.I == 2", "re.I < 4", "hash(re.I) == hash(2)",
    "str(re.I)", "str(re.I | re.S)", "format(re.I)", "format(re.I, 'd')", "format(re.I, 'x')",
    "'%d' % re.I", "'%s' % re.I", "'%r' % re.M", "f'{re.I}'", "f'{re.I:04b}'",
    "re.I in (re.I | re.M)", "re.A in (re.I | re.M)", "bool(re.NOFLAG)", "bool(re.I)",
    "len(re.I | re.M)", "list(re.I | re.M)", "list(re.NOFLAG)", "list(re.RegexFlag)",
    "len(re.RegexFlag)", "re.RegexFlag['IGNORECASE']", "re.RegexFlag['I']", "re.RegexFlag.IGNORECASE",
    "re.RegexFlag.__name__", "isinstance(re.I, int)", "isinstance(re.I, re.RegexFlag)",
    "type(re.I | re.M).__name__", "type(re.I + 1).__name__", "type(re.I & 1).__name__",
    "re.compile('a', re.I).flags", "re.compile('a', re.I | re.M).flags", "re.compile(b'a', re.I).flags",
    "re.compile('(?i)a').flags", "re.compile('(?s)(?m)a').flags", "re.compile('(?a)a').flags",
    "re.compile(b'(?L)a').flags", "re.compile('(?u)a').flags", "re.compile('(?x)a').flags",
    "re.compile('(?i:a)').flags", "re.compile('a', 2).flags", "re.compile('a', flags=re.S).flags",
    "re.compile('a', re.I) is re.compile('a', 2)",
]:
    show(expr)


def t(pattern, subject, flags=0):
    try:
        r = re.findall(pattern, subject, flags)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(repr(pattern), repr(subject), flags, r)


# IGNORECASE
t('abc', 'ABC aBc abc', re.I)
t('[a-z]+', 'Hello WORLD', re.I)
t('[^a-z]+', 'Hello WORLD 123', re.I)
t('(?i)Ab', 'ab AB aB Ab')
t('a(?i:b)c', 'abc aBc ABC abC')
t('(?i:a(?-i:b))', 'ab Ab aB AB')
t('(?-i:a)b', 'aB AB ab', re.I)
t('[k]', 'kK\u212a', re.I)
t('k', 'kK\u212a', re.I)
t('\u212a', 'kK\u212a', re.I)
t('s', 'sSſ', re.I)
t('ſ', 'sSſ', re.I)
t('[s]', 'sSſ', re.I)
t('[r-t]', 'sSſ', re.I)
t('i', 'iIıİ', re.I)
t('ı', 'iIıİ', re.I)
t('İ', 'iIıİ', re.I)
t('[i]', 'iIıİ', re.I)
t('µ', 'µμΜ', re.I)
t('[µ]', 'µμΜ', re.I)
t('ß', 'ßẞSS', re.I)
t('ẞ', 'ßẞSS', re.I)
t('σ', 'σςΣ', re.I)
t('[σ]', 'σςΣ', re.I)
t('ǅ', 'ǄǅǆDž', re.I)
t('é', 'éÉ', re.I)
t('é', 'éÉ', re.I | re.A)
t('[é]', 'éÉ', re.I | re.A)
t('[à-ÿ]+', 'ÀÉÎõü', re.I)
t('\U00010400', '\U00010400\U00010428', re.I)
t('[\U00010400]', '\U00010400\U00010428', re.I)
t('[\U00010400a]', '\U00010400\U00010428', re.I)
t('[\U00010428a]', '\U00010400\U00010428', re.I)
t('[\U00010400-\U00010401]', '\U00010400\U00010428', re.I)
t('[\U00010400-\U00010401x]', '\U00010400\U00010428', re.I | re.A)
t('\U00010400|a', '\U00010400\U00010428', re.I)
t(r'(a)\1', 'aA Aa aa', re.I)
t(r'(é)\1', 'éÉ', re.I)
t(r'(é)\1', 'éÉ', re.I | re.A)
t(r'[^a]', 'aA', re.I)
t(r'[^k]', 'kK\u212a', re.I)
t(r'\w+', 'ÀbC', re.I)
t(r'[\w-]+', 'a-B', re.I)
t('[Z-a]+', 'Z[\\]^_`azA', re.I)
# ASCII
t(r'\w+', 'café naïve', re.A)
t(r'\d', '1٣', re.A)
t(r'\s', ' \u2003', re.A)
t(r'\b\w', 'é a', re.A)
t('(?a)\\w+', 'héllo')
t('(?a:\\w)(\\w)', 'éé')
# MULTILINE and DOTALL
t('^\\w', 'a\nb\nc', re.M)
t('\\w$', 'a\nb\nc', re.M)
t('^$', 'a\n\nb', re.M)
t('.', 'a\nb', re.S)
t('(?m)^a|b$', 'a\nb\na')
t('(?s).{3}', 'a\nbc')
# VERBOSE
t('a b c', 'abc', re.X)
t('a # comment\n b', 'ab', re.X)
t('[ ]', ' ', re.X)
t('a\\ b', 'a b', re.X)
# bytes patterns and flags
t(b'\\w+', b'caf\xe9 abc')
t(b'\\w+', b'caf\xe9 abc', re.L)
t(b'\\w+', b'caf\xe9 abc', re.A)
t(b'[a-z]+', b'ABC abc', re.I)
t(b'\\xe9', b'\xe9\xc9', re.I)
t(b'(?i)a', b'aA')
t(b'(?L)a', b'aA')
t(b'(?L:a)', b'aA', re.I)
t(b'a', b'aA', re.L | re.I)
t(b'[a-c]', b'aBC', re.L | re.I)
t(b'[^a]', b'aA', re.L | re.I)
t(b'(a)\\1', b'aA', re.L | re.I)
t(b'\\s+', b' \t\x1c\x85')
t(b'\\d', b'1\xb2')
t(b'\\bx', b'\xe9x x')
# flags with invalid combinations
t('a', 'a', re.L)
t('a', 'a', re.A | re.U)
t(b'a', b'a', re.U)
t(b'a', b'a', re.A | re.L)
t('(?L)a', 'a')
t(b'(?u)a', b'a')
t('(?au)a', 'a')
t(b'(?aL)a', b'a')
t('(?a)(?u)a', 'a')
