from urllib.parse import (urljoin, quote, quote_plus, unquote, unquote_plus, quote_from_bytes, urldefrag,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
            'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../',
            '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..',
            '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y',
            'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'https:g',
            'a//b/../c', '//x/../y', 'mailto:x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('', 'x'), urljoin('http://a/b', ''), urljoin('http://a', 'b'), urljoin('http://a/', '../../x'))
print(urljoin('mailto:a@b', 'c'), urljoin('svn+ssh://h/a/b', 'c'), urljoin('http://a/b/', 'c#d', False))
print(urljoin(b'http://a/b/c', b'../d'), urljoin('file:///tmp/x', 'y/z'))

for s in ['', 'abc', 'a b&c=d/e?f', '~user/_x-y.z', 'é€😀', '/%', 'a+b']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'),
          quote(s, safe='&=é'))
print(quote('é', encoding='latin-1'), quote('€', encoding='ascii', errors='replace'),
      quote(b'a b\xff'), quote(bytearray(b'/x y')), quote_plus(b'a b+'), quote_plus('a b', safe=b'+'))
print(quote_from_bytes(b'abc/def ghi', safe=b'/ \xff'), quote_from_bytes(b''))
for bad in [lambda: quote(b'x', encoding='utf-8'), lambda: quote(b'x', errors='strict'),
            lambda: quote(123), lambda: quote_from_bytes('x'), lambda: quote('é', encoding='ascii')]:
    try:
        print(bad())
    except (TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)

for s in ['', 'abc', '%41%42%43', '%e2%82%AC', '%e2%82', '%zz%4', '%', 'a%2', '%C3%A9é%C3',
          'x+y%2B', '%ff%fe', '%F0%9F%98%80']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s),
          repr(unquote(s, errors='ignore')), repr(unquote(s, encoding='latin-1')))
print(unquote(b'%41%e9'), unquote_to_bytes(b'a%20b'), unquote_to_bytes(''))
try:
    unquote(None)
except TypeError as e:
    print('TypeError', e)

print(urlencode({'a': 1, 'b c': 'd&e', 'f': ['x', 'y']}))
print(urlencode({'a': 1, 'b c': 'd&e', 'f': ['x', 'y'], 'g': (), 'h': 3.5, 'i': b'\xff z'}, doseq=True))
print(urlencode([('k', 'v/w'), ('k', 'é')], safe='/'), urlencode([('k', 'é')], encoding='latin-1'))
print(urlencode({'a': 'b c'}, quote_via=quote), urlencode([]), urlencode({}), urlencode({b'k': b'v'}))
print(urlencode([('a', None), ('b', True)], doseq=True), urlencode({'s': 'str'}, doseq=True))
for bad in ['abc', [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print('TypeError', e, type(e.__cause__).__name__)

qs = 'a=1&b=2&a=3&c=&d&e=%20x+y&&f=%E2%82%AC&=g'
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qs(qs), parse_qs(qs, True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'a=1&b=%41'), parse_qs(b'x=1&x=2'))
print(parse_qsl('a=%e9', encoding='latin-1'), parse_qsl('a=%ff'), parse_qsl('a=%ff', errors='ignore'))
print(parse_qsl(''), parse_qs(''), parse_qsl('a=b=c'))
for args, kw in [(('a&b',), {'strict_parsing': True}), (('a=1&&b=2',), {'strict_parsing': True}),
                 (('a=1&b=2',), {'max_num_fields': 1}), (('a=1',), {'separator': ''}),
                 (('a=1',), {'separator': 5})]:
    try:
        print(parse_qsl(*args, **kw))
    except ValueError as e:
        print('ValueError', e)
print(parse_qsl('a=1&b=2', max_num_fields=2))
print(quote_plus(bytearray(b'a b+c')), quote_plus(bytearray(b'a b'), safe=b'/'), quote_plus(b'x y', safe=b'+'))
print(urldefrag(b'http://h/p#f').geturl(), urldefrag('http://h/p#f').geturl())
