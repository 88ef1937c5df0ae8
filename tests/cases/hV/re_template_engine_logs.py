import re
class Tmpl:
    TOK = re.compile(r'(\{\{.*?\}\}|\{%.*?%\})', re.S)
    def __init__(self, text):
        self.parts = self.TOK.split(text)
    def render(self, ctx):
        out, stack = [], []
        skip = False
        i = 0
        parts = self.parts
        while i < len(parts):
            p = parts[i]
            if p.startswith('{{'):
                if not skip:
                    expr = p[2:-2].strip()
                    name, *filters = [x.strip() for x in expr.split('|')]
                    val = ctx
                    for k in name.split('.'):
                        val = val[k] if isinstance(val, dict) else getattr(val, k)
                    for f in filters:
                        val = {'upper': str.upper, 'title': str.title, 'len': len}[f](val)
                    out.append(str(val))
            elif p.startswith('{%'):
                m = re.fullmatch(r'\{%\s*(\w+)(?:\s+(.*?))?\s*%\}', p)
                kw, arg = m.groups()
                if kw == 'if':
                    stack.append(skip); skip = skip or not ctx.get(arg)
                elif kw == 'endif':
                    skip = stack.pop()
                else:
                    raise ValueError(f'unknown tag {kw!r} in {p!r}')
            elif not skip:
                out.append(p)
            i += 1
        return ''.join(out)
t = Tmpl('Hello {{ user.name | title }}!{% if admin %} You are admin ({{ n|len }}).{% endif %}\n{{x}}')
print(repr(t.parts))
print(t.render({'user': {'name': 'ada lovelace'}, 'admin': True, 'n': 'abc', 'x': 42}))
print(t.render({'user': {'name': 'bob'}, 'admin': False, 'n': '', 'x': None}))
try:
    Tmpl('{% for x %}').render({})
except Exception as e:
    print(type(e).__name__, e)
try:
    t.render({'user': {}, 'admin': 1})
except Exception as e:
    print(type(e).__name__, e)
LOG = '''127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
192.168.1.20 - - [11/Oct/2000:14:01:02 -0700] "POST /login?user=x&y=1 HTTP/1.1" 302 -
bad line here
::1 - - [12/Oct/2000:00:00:00 +0000] "GET / HTTP/2" 404 0'''
pat = re.compile(r'''
    (?P<ip>\S+)\s+\S+\s+(?P<user>\S+)\s+     # host, ident, user
    \[(?P<ts>[^\]]+)\]\s+                   # timestamp
    "(?P<method>[A-Z]+)\ (?P<path>\S+)\ (?P<proto>[^"]+)"\s+
    (?P<status>\d{3})\s+(?P<size>\d+|-)
''', re.X)
from collections import Counter
c = Counter()
for ln, line in enumerate(LOG.splitlines(), 1):
    m = pat.match(line)
    if not m:
        print(ln, 'unparsed', repr(line))
        continue
    d = m.groupdict()
    d['size'] = 0 if d['size'] == '-' else int(d['size'])
    c[d['status'][0] + 'xx'] += 1
    print(ln, d)
    day, mon, rest = re.split(r'[/:]', d['ts'], maxsplit=2)
    print('  ', day, mon, rest, re.sub(r'([?&])(\w+)=', r'\1<\2>=', d['path']))
print(sorted(c.items()))
cfg = """
# comment
[server]
host = example.com   ; trailing
port=8080
[db]
url = "postgres://u:p@h/db"
empty =
"""
sect = None
for line in cfg.splitlines():
    line = re.sub(r'\s*[#;].*$', '', line)
    if not line.strip():
        continue
    if m := re.fullmatch(r'\[(\w+)\]', line):
        sect = m[1]; continue
    k, _, v = line.partition('=')
    print(sect, k.strip(), repr(v.strip().strip('"')))
words = re.findall(r"[A-Za-z']+", "It's a dog's life, isn't it? Don't 'quote' me.")
print(words, Counter(w.lower() for w in words).most_common(3))
print(re.sub(r'(?<=\d)(?=(\d{3})+(?!\d))', ',', '1234567890 and 12345.678'))
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseStringHTTPServer').lower())
print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'CamelCaseString').lower())
print(''.join(w.capitalize() for w in re.split(r'[_\-\s]+', 'snake_case-and kebab')))
print(re.sub(r'\s+', ' ', '  lots   of\n\twhitespace  ').strip())
print(re.findall(r'\b\w+@\w+\.\w+\b', 'mail a@b.com, c.d@e.org; x@y'))
print(re.match(r'^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$', '192.168.0.1').groups())
print(bool(re.fullmatch(r'(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}', '256.1.1.1')))
