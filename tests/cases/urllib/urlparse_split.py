from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urldefrag,
                          ParseResult, SplitResult, DefragResult, SplitResultBytes)
import urllib.parse

urls = [
    'http://user:pw@Host.COM:8080/p/a;x?q=1#f',
    'https://example.org',
    'https://example.org/',
    'HTTP://EXAMPLE.org/Path?Q#F',
    'ftp://ftp.is.co.za/rfc/rfc1808.txt',
    'mailto:John.Doe@example.com',
    'news:comp.infosystems.www.servers.unix',
    'tel:+1-816-555-1212;ext=1',
    'urn:oasis:names:specification:docbook:dtd:xml:4.1.2',
    '//www.cwi.nl:80/%7Eguido/Python.html',
    'www.cwi.nl/%7Eguido/Python.html',
    'help/Python.html',
    'path:80',
    '1http://x/y',
    'file:///etc/passwd',
    'file:/etc/passwd',
    '/a/b;c;d/e;f?x=y',
    'http://[::1]:8000/index',
    'http://[fe80::1%25eth0]/',
    'http://[v1.fe]/x',
    '  \x00http://a.b/c d\t\ne\r#frag?x',
    'http://a/b?c#d#e',
    'http://a/b#c?d',
    '',
    '#only',
    '?only',
    'http://a:/b',
    'http://@a/',
    'http://u@a/',
    'http://u:@a:0/',
    'sip:alice@atlanta.com;maddr=239.255.255.1;ttl=15',
    's3://bucket/key;x',
]
for u in urls:
    p = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print(' ', p)
    print(' ', s)
    print(' ', p.geturl(), s.geturl(), urlunparse(p), urlunsplit(s))
    print(' ', p.username, p.password, p.hostname, p.port, s.hostname)

print(urlparse('www.x.com/a', scheme='https'))
print(urlparse('http://x/a#b', allow_fragments=False))
print(urlsplit('//x/a#b', 'ftp', False))
r = urlparse('http://a/b')
print(r._replace(scheme='https', fragment='z').geturl())
print(r.scheme, r[1], r._fields, type(r).__name__, isinstance(r, tuple))
print(SplitResult('a', 'b', 'c', 'd', 'e').geturl())
print(ParseResult(scheme='x', netloc='', path='p', params='q', query='', fragment='').geturl())

for bad in ['http://[::1/', 'http://a]/', 'http://[zz]/', 'http://[1.2.3.4]/', 'http://[vz]/',
            'http://[::1::2]/', 'http://[1:2:3:4:5:6:7:8:9]/']:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print('ValueError', e)

for netloc in ['h:99999', 'h:-1', 'h:abc', 'h:', 'h:٣', 'h:65535', '[::1]:x']:
    try:
        print(netloc, urlsplit('http://' + netloc + '/').port)
    except ValueError as e:
        print('ValueError', e)

# bytes
b = urlparse(b'http://u:p@H/p;q?x#y')
print(b)
print(b.hostname, b.port, b.username, b.password, b.geturl())
print(b.decode(), urlsplit('http://x/').encode())
print(urlsplit(b'//h:1/x'), type(urlsplit(b'')).__name__)
print(urlunparse((b'http', b'h', b'/p', b'', b'q', b'')))
try:
    urlparse(b'http://x', 'http')
except TypeError as e:
    print('TypeError', e)
try:
    urlunsplit(('http', b'h', '', '', ''))
except TypeError as e:
    print('TypeError', e)

print(urldefrag('http://a/b?c#d'), urldefrag('http://a/b'), urldefrag(b'x#y'))
d = urldefrag('a#b')
print(d.url, d.fragment, d.geturl(), DefragResult('u', '').geturl())
print(urllib.parse.__all__)
print(urlunsplit(('http', '', 'x', '', '')), urlunsplit(('', '', '//x', '', '')),
      urlunsplit(('mailto', '', 'a@b', 'subject=x', '')), urlunsplit(('file', '', '/etc', '', '')))
print(urllib.parse.unwrap('<URL:http://a/b>'), urllib.parse.unwrap(' x '))
