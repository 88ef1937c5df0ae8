# csv: dialect validation errors, writer quoting, reader errors and messages
for kw in [dict(delimiter=1), dict(delimiter='ab'), dict(delimiter=None), dict(quotechar='ab'), dict(quotechar=1), dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(lineterminator=1), dict(lineterminator=None), dict(quoting=9), dict(quoting='a'), dict(escapechar='ab'), dict(escapechar=3), dict(delimiter='')]:
    try:
        d = csv.reader([], **kw).dialect
        print(kw, 'ok', d.quoting, repr(d.quotechar))
    except Exception as e:
        print(kw, type(e).__name__, e)
for row in [['a\rb'], ['a\nb'], ['x y'], [''], [], ['', ''], [None, 1.5, 2], ['a"b'], [' a']]:
    s = io.StringIO(); w = csv.writer(s, lineterminator='\n'); print(w.writerow(row), repr(s.getvalue()))
print(list(csv.reader(['a\0b'])))
r = csv.reader(['a,b']); print(type(r), r.dialect, type(r.dialect))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([''])
except Exception as e: print(type(e), e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except Exception as e: print(type(e), e)
try:
    csv.writer(io.StringIO()).writerow(3)
except Exception as e: print(type(e), e)
try:
    csv.writer(3)
except Exception as e: print(type(e), e)
try:
    csv.reader(3)
except Exception as e: print(type(e), e)
try:
    csv.reader()
except Exception as e: print(type(e), e)
try:
    list(csv.reader([b'a']))
except Exception as e: print(type(e), e)
try: list(csv.reader(['"a"b'], strict=True))
except Exception as e: print(type(e), e)
try: list(csv.reader(['"ab'], strict=True))
except Exception as e: print(type(e), e)
print(list(csv.reader(['"ab'])))
try: list(csv.reader(['a\rb']))
except Exception as e: print(type(e), e)
print(csv.field_size_limit())
print(csv.QUOTE_MINIMAL, csv.__all__)
d = csv.get_dialect('excel'); print(d, type(d), d.delimiter)
print(csv.excel().delimiter, csv.Dialect)
try: csv.Dialect()
except Exception as e: print(type(e), e)
class D(csv.Dialect): delimiter=';'
try: D()
except Exception as e: print(type(e), e)
print(type(csv.reader([])).__name__, type(csv.writer(io.StringIO())).__name__, csv.Error.__module__)
try:
    csv.get_dialect('nope')
except csv.Error as e:
    print('Error', e)
try:
    csv.unregister_dialect('nope')
except csv.Error as e:
    print('Error', e)
try:
    csv.register_dialect(1)
except TypeError as e:
    print('TypeError', e)
old = csv.field_size_limit(10)
try:
    list(csv.reader(['a' * 11]))
except csv.Error as e:
    print('Error', e)
print(csv.field_size_limit(old))
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='boom')
except ValueError as e:
    print('ValueError', e)
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'b': 2})
except ValueError as e:
    print('ValueError', e)
try:
    list(csv.reader(['1,abc'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print('ValueError', e)
d = csv.reader([], delimiter=';').dialect
try:
    d.delimiter = ','
except AttributeError as e:
    print('AttributeError')
