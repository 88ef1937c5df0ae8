import re
raw = b'GET /index.html?q=caf\xc3\xa9 HTTP/1.1\r\nHost: example.com\r\nContent-Length: 12\r\nX-Bin: \xff\xfe\r\n\r\nhello world!'
head, _, body = raw.partition(b'\r\n\r\n')
lines = re.split(rb'\r\n', head)
m = re.match(rb'(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>\d\.\d)', lines[0])
print(m, m.groupdict(), m.lastgroup, m.span('path'))
hdrs = dict(re.findall(rb'^([\w-]+):\s*(.*)$', b'\n'.join(lines[1:]), re.M))
print(hdrs)
print(re.sub(rb'%([0-9A-Fa-f]{2})', lambda m: bytes([int(m[1], 16)]), b'a%20b%2Fc%zz'))
print(re.sub(rb'[\x80-\xff]', lambda m: b'\\x%02x' % m[0][0], raw[:40]))
print(re.findall(rb'(?i)content-(\w+)', raw), re.findall(rb'\bHTTP\b', raw))
print(re.escape(b'\x00\xff.*'), re.escape(b'a b'), re.escape(bytes(range(30, 50))))
print(re.search(rb'\w+', b'\xe9t\xe9'), re.search(rb'(?L)\w+', b'abc'))
print(re.fullmatch(rb'[\x00-\x7f]*', b'ascii only'), re.fullmatch(rb'[\x00-\x7f]*', b'non \x80'))
print(re.split(rb'(\s)', b'a b\tc'), re.split(rb'', b'ab'))
print(re.subn(rb'(?<=a)', b'-', b'banana'))
print(re.compile(rb'x', re.I).pattern, re.compile(rb'(?i)\xe9').match(b'\xc9'))
m = re.match(rb'(a)(?P<b>b)?', b'a')
print(m.groups(b'-'), m.groupdict(b'?'), m.expand(rb'\1\g<b>!'), m[0], m.group(1, 2))
try:
    m.expand('\\1')
except Exception as e:
    print(type(e).__name__, e)
try:
    re.sub(rb'a', 'x', b'a')
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile(rb'\N{EM DASH}')
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile(rb'[\d-z]')
except Exception as e:
    print(type(e).__name__, e)
print(re.findall(rb'[\x00-\x1f]', bytes(range(40))))
print(re.compile(b'\xe9', re.I).search(b'\xc9'), re.compile('\xe9', re.I).search('\xc9'))
print(repr(re.match(rb'.*', b'x\x00y\xffz\'"')))
print(repr(re.match(r'.*', 'x\x00y\u2028z\'"\U0001F600')))
print(repr(re.match(r'.*', 'tab\there\\back')))
