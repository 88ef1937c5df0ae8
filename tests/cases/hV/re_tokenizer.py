import re
from collections import namedtuple
Token = namedtuple('Token', ['type', 'value', 'line', 'column'])
def tokenize(code):
    keywords = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}
    token_specification = [
        ('NUMBER',   r'\d+(\.\d*)?'),
        ('ASSIGN',   r':='),
        ('END',      r';'),
        ('ID',       r'[A-Za-z]+'),
        ('OP',       r'[+\-*/]'),
        ('NEWLINE',  r'\n'),
        ('SKIP',     r'[ \t]+'),
        ('MISMATCH', r'.'),
    ]
    tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in token_specification)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in keywords:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            yield Token('ERROR', value, line_num, column)
            continue
        yield Token(kind, value, line_num, column)
statements = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
    x := 3.; y ? z
'''
for token in tokenize(statements):
    print(token)
# lastindex / lastgroup with nested groups
for m in re.finditer(r'(?P<num>(\d)+)|(?P<word>(?P<first>\w)\w*)|(\s)', 'ab 12 c'):
    print(m.lastindex, m.lastgroup, m.groups(), m.span())
calc = re.compile(r'\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<op>\*\*|[-+*/()%]))')
def lex(s):
    pos = 0
    out = []
    while pos < len(s):
        m = calc.match(s, pos)
        if not m:
            if s[pos:].strip() == '':
                break
            raise SyntaxError(f'bad char {s[pos]!r} at {pos}')
        out.append((m.lastgroup, m.group(m.lastgroup)))
        pos = m.end()
    return out
print(lex('3 + 4.5 * (2 ** 3) % 7'))
try:
    lex('1 + $')
except SyntaxError as e:
    print(type(e).__name__, e)
# bytes tokenizer
for m in re.finditer(rb'(?P<k>\w+)=(?P<v>"[^"]*"|\S+)', b'a=1 b="two words" c=\xff'):
    print(m.lastgroup, m.groupdict(), m.span('v'))
sc = re.compile(r'(?P<a>a)|(?P<b>b)').scanner('abxab')
print(sc.pattern, [sc.search().lastgroup for _ in range(4)], sc.search())
sc = re.compile(r'a|b').scanner('abxab')
print(sc.match(), sc.match(), sc.match(), sc.match())
