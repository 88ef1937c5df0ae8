# csv: reader/writer round trips over StringIO and files, dialects, DictReader/DictWriter, Sniffer
import csv
import io
import os

rows = [['name', 'value', 'note'], ['a', 1, 'plain'], ['b,c', 2.5, 'has "quotes"'],
        ['multi\nline', None, ''], ['', '', ''], [' lead', 'trail ', 'x\r\ny']]
for dialect in ['excel', 'excel-tab', 'unix']:
    s = io.StringIO()
    w = csv.writer(s, dialect=dialect)
    w.writerows(rows)
    text = s.getvalue()
    print(dialect, repr(text))
    print(list(csv.reader(io.StringIO(text, newline=''), dialect=dialect)))
for q in range(4):
    s = io.StringIO()
    w = csv.writer(s, quoting=q, escapechar='\\')
    w.writerow(['a', 1, 2.0, None, 'x,y', 'q"z', ''])
    print(q, repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, doublequote=False, escapechar='\\').writerow(['a"b', 'c\\d'])
print(repr(s.getvalue()))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(['a, b,  c'], skipinitialspace=True)))
print(list(csv.reader(['1,2.5,"x",'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a;b;c', 'd;e'], delimiter=';')))
print(list(csv.reader(["'a;b';c"], delimiter=';', quotechar="'")))
print(list(csv.reader(['a"b"c,"d"e'])))
print(list(csv.reader(['', '\n', 'a', '\r\n', 'b\r\n'])))
print(list(csv.reader(['"multi\n', 'line",x\n', 'y\n'])))
print(list(csv.reader(['a,"b', 'c'])))
r = csv.reader(['a,b\n', 'c,d\n'])
for row in r:
    print(r.line_num, row)
d = r.dialect
print(d.delimiter, d.quotechar, d.escapechar, repr(d.lineterminator), d.quoting, d.doublequote,
      d.skipinitialspace, d.strict)

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_NONE, escapechar='\\')
print(csv.list_dialects())
s = io.StringIO()
csv.writer(s, 'pipes').writerow(['a|b', 'c'])
print(repr(s.getvalue()), list(csv.reader(io.StringIO(s.getvalue()), 'pipes')))
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, d.escapechar)
csv.unregister_dialect('pipes')
print(csv.list_dialects())


class Semi(csv.excel):
    delimiter = ';'


s = io.StringIO()
csv.writer(s, Semi).writerow(['x', 'y;z'])
csv.writer(s, Semi()).writerow([1, 2])
csv.writer(s, Semi, delimiter='#').writerow([1, 2])
print(repr(s.getvalue()))

TMP = '_tmp_csv_dir'
os.makedirs(TMP, exist_ok=True)
path = os.path.join(TMP, 'data.csv')
try:
    with open(path, 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['id', 'name', 'score'])
        print(w.writeheader())
        print(w.writerow({'id': 1, 'name': 'Ann', 'score': 9.5}))
        w.writerows([{'id': 2, 'name': 'Bob'}, {'id': 3, 'name': 'Cy, Jr.', 'score': 7}])
    with open(path, newline='') as f:
        print(repr(f.read()))
    with open(path, newline='') as f:
        r = csv.DictReader(f)
        print(r.fieldnames, r.line_num)
        for row in r:
            print(r.line_num, row)
    with open(path, newline='') as f:
        r = csv.DictReader(f, fieldnames=['a', 'b'], restkey='rest')
        print(list(r))
    with open(path, newline='') as f:
        r = csv.DictReader(f, fieldnames=['a', 'b', 'c', 'd', 'e'], restval='?')
        print(next(r))
    with open(path, newline='') as f:
        print([row for row in csv.reader(f)])
finally:
    os.remove(path)
    os.rmdir(TMP)
print(list(csv.DictReader(io.StringIO(''))), csv.DictReader(io.StringIO('')).fieldnames)
print(list(csv.DictReader(io.StringIO('a,b\r\n\r\n1,2\r\n'))))
s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b'], extrasaction='ignore', restval='-')
w.writerow({'a': 1, 'zzz': 2})
print(repr(s.getvalue()))

sn = csv.Sniffer()
samples = ['a,b,c\n1,2,3\n4,5,6\n', 'name;age\nann;3\nbob;4\n', "'x'\t'y'\n'1'\t'2'\n",
           'a|b|c\n1|2|3\n', 'h1: h2\nv1: v2\n', '"a", "b"\n"c", "d"\n']
for smp in samples:
    d = sn.sniff(smp)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          d.lineterminator == '\r\n', d.quoting, d._name)
    print(list(csv.reader(io.StringIO(smp), d)))
print(sn.has_header('name,age\nann,3\nbob,4\n'), sn.has_header('1,2\n3,4\n5,6\n'))
print(sn.sniff('a;b,c\n1;2,3\n', delimiters=';').delimiter)
try:
    sn.sniff('abc\n')
except csv.Error as e:
    print('Error', e)
from decimal import Decimal
from fractions import Fraction
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_NONNUMERIC).writerow([True, Decimal('1.5'), Fraction(1, 3), 'x', None, 2j])
print(repr(s.getvalue()))
print(list(csv.reader(['a,  "b\n', 'c",d\n'], skipinitialspace=True)))
print(list(csv.reader(['a,  "b""x",  "",  c  ,"d"'], skipinitialspace=True)))
print(list(csv.reader(['"a"b,"c" ,"d"\r\n'])))
print(list(csv.reader(['"a"\r\n', '"b\r\n', 'c"\r\n', 'x,"y"'])))
r = csv.DictReader(io.StringIO('a,b\r\n1,2\r\n\r\n\r\n3,4\r\n'))
for row in r:
    print(r.line_num, row)
