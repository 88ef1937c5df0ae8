# re as scripts use it: re.Scanner, tokenizers, log parsing, templating, validation.
import re


def handle_num(scanner, token):
    return ('NUM', int(token))


scanner = re.Scanner([
    (r'[0-9]+', handle_num),
    (r'[a-z_]+', lambda s, t: ('NAME', t)),
    (r'[+*/-]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(scanner.scan('x = 1 + foo_bar * 22'))
print(scanner.scan('sum + 3 - 4'))
print(scanner.scan(''))
print(re.Scanner([(r'a', 'A'), (r'b', lambda s, t: s.match.span())]).scan('abba'))
print(re.Scanner([(r'(a)(b)', lambda s, t: t), (r'c', 'C')]).scan('abcab'))
print(re.Scanner([(r'x', 'X')], re.I).scan('xXy'))

# the tokenizer example of the re documentation
TOKENS = [
    ('NUMBER', r'\d+(\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z]+'),
    ('OP', r'[+\-*/]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.'),
]
tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in TOKENS)
code = '''IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05;
ENDIF;'''
line, start = 1, 0
for mo in re.finditer(tok_regex, code):
    kind, value = mo.lastgroup, mo.group()
    if kind == 'NEWLINE':
        start, line = mo.end(), line + 1
        continue
    if kind == 'SKIP':
        continue
    print(kind, repr(value), line, mo.start() - start)

# a log parser
log = '''2024-03-01 12:00:01 INFO  [main] started pid=42
2024-03-01 12:00:02 WARN  [db] slow query took=1532ms table=users
2024-03-01 12:00:03 ERROR [http] 500 on /api/v1/items?id=7
garbage line
2024-03-01 12:00:04 INFO  [main] stopped'''
line_re = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)$', re.M)
for m in line_re.finditer(log):
    d = m.groupdict()
    kv = dict(re.findall(r'(\w+)=(\S+)', d['msg']))
    print(d['level'], d['mod'], kv, m.start('msg'))
print(len(line_re.findall(log)), line_re.search(log, 100).group('time'))
print([l for l in log.splitlines() if not line_re.match(l)])

# templating and cleanup
tmpl = 'Hello {{ name }}, you owe {{amount}} {{ currency|upper }}.'
values = {'name': 'Ana', 'amount': '3.50', 'currency': 'eur'}
def fill(m):
    key, _, filt = m.group(1).partition('|')
    v = values[key.strip()]
    return v.upper() if filt == 'upper' else v
print(re.sub(r'\{\{\s*([\w|]+?)\s*\}\}', fill, tmpl))
print(re.sub(r'\s+', ' ', '  lots   of\n\twhitespace  ').strip())
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567890'))
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseString').lower())
print(re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_string'))
print(re.sub(r'<[^>]+>', '', '<p>Hello <b>world</b></p>'))
print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'mail bob@example.com now'))
print(re.split(r'[;,]\s*', 'a, b;c,  d'))
print(re.split(r'(\d+)', 'abc12de345f'))
print(re.findall(r'[\w.+-]+@[\w-]+\.[\w.]+', 'x a.b+c@ex-ample.co.uk y@z.io'))
print(re.findall(r'https?://[^\s)]+', 'see http://a.b/c?d=1 and (https://x.y/z)'))
print([m.groups() for m in re.finditer(r'(\d+)-(\d+)', '1-2, 30-40')])

# validation
for s in ['2024-02-29', '2024-13-01', 'abcd-ef-gh', '1999-12-31']:
    print(s, bool(re.fullmatch(r'\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])', s)))
for s in ['192.168.0.1', '256.1.1.1', '1.2.3']:
    print(s, re.fullmatch(r'((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)', s) is not None)
pw = re.compile(r'^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?!.*\s).{8,}$')
for s in ['Passw0rd', 'password', 'Pass w0rd', 'Sh0rt']:
    print(s, bool(pw.match(s)))
ident = re.compile(r'[^\W\d]\w*')
print([s for s in ['abc', '1ab', '_x', 'naïve', 'a-b'] if ident.fullmatch(s)])
print(re.compile(r'^\s*#').match('   # comment') is not None)

# compiled patterns as keys and in containers, str subclasses
pats = {re.compile('a'): 1, re.compile('b'): 2}
print(pats[re.compile('a')], sorted(p.pattern for p in pats))
class Name(str):
    pass
print(re.match(Name('a+'), 'aa'), re.findall('a', Name('banana')), re.sub('a', Name('o'), 'banana'))
print(re.compile(Name('x')).pattern, type(re.compile(Name('x')).pattern).__name__)
