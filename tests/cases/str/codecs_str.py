# encode/decode with every standard error handler, exact UnicodeError details, codec names.
def show(expr):
    try:
        r = eval(expr)
        return expr + " -> " + repr(r)
    except UnicodeError as e:
        return "%s !! %s %s | %r %r %r %r %r" % (expr, type(e).__name__, e, e.encoding, e.object, e.start, e.end, e.reason)
    except Exception as e:
        return "%s !! %s %s" % (expr, type(e).__name__, e)


EXPRS = [
 "b'\\xff\\xfe'.decode('utf-16')", "b'\\x00\\xd8'.decode('utf-16')", "b'\\x00\\xd8a\\x00'.decode('utf-16-le')",
 "b'\\x00\\xdc'.decode('utf-16-le')", "b'a'.decode('utf-16-le')", "b'a\\x00b'.decode('utf-16-be')", "b'\\xd8\\x00'.decode('utf-16-be')",
 "b'\\x00\\xd8\\x00'.decode('utf-16-le')", "b'\\x00\\xd8'.decode('utf-16')",
 "b'\\x00\\xd8\\x00\\x00'.decode('utf-32-le')", "b'\\x00\\x00\\x11\\x00'.decode('utf-32-le')", "b'abc'.decode('utf-32')",
 "b'\\x00\\x00\\x11\\x00'.decode('utf-32')", "b'\\x00\\x00\\x11\\x00'.decode('utf-32-be')",
 "'\\ud800'.encode('utf-16')", "'\\ud800'.encode('utf-16-le')", "'a\\ud800\\udc00b'.encode('utf-16-be')", "'\\ud800'.encode('utf-32')",
 "'\\ud800'.encode('utf-32-le')", "'a\\ud800\\udfffb'.encode('utf-8')", "'\\udc80\\udcff'.encode('ascii')", "'é'.encode('ascii')",
 "'€'.encode('latin-1')", "'aé€b'.encode('ascii')", "'\\U0001f600'.encode('latin-1')",
 "b'\\xff'.decode('ascii')", "b'a\\x80\\x81'.decode('ascii')", "b'\\xed\\xa0\\x80'.decode('utf-8')", "b'\\xe2\\x82'.decode('utf-8')",
 "b'\\xf0\\x9f\\x98'.decode('utf-8')", "b'\\xc0\\x80'.decode('utf-8')", "b'\\xe0\\x80\\x80'.decode('utf-8')", "b'\\xf4\\x90\\x80\\x80'.decode('utf-8')",
 "b'\\xe2\\x28\\xa1'.decode('utf-8')", "b'\\xf0\\x9f\\x28\\x80'.decode('utf-8')", "b'\\xf0\\x9f\\x98\\x28'.decode('utf-8')",
 "b'a\\xffb\\xed\\xa0\\x80c\\xe2\\x82'.decode('utf-8', 'replace')", "b'a\\xffb\\xed\\xa0\\x80c\\xe2\\x82'.decode('utf-8', 'backslashreplace')",
 "b'a\\xffb\\xed\\xa0\\x80c\\xe2\\x82'.decode('utf-8', 'ignore')", "b'a\\xffb\\xed\\xa0\\x80c\\xe2\\x82'.decode('utf-8', 'surrogateescape')",
 "b'a\\xffb\\xed\\xa0\\x80c\\xe2\\x82'.decode('utf-8', 'surrogatepass')", "b'\\xed\\xa0\\x80\\xed\\xb0\\x80'.decode('utf-8', 'surrogatepass')",
 "b'a\\xff'.decode('utf-8', 'xmlcharrefreplace')", "b'a\\xff'.decode('utf-8', 'namereplace')", "b'a\\xff'.decode('utf-8', 'bogus')",
 "'a\\udc80\\udcffb'.encode('utf-8', 'surrogateescape')", "'a\\ud800b'.encode('utf-8', 'surrogateescape')", "'a\\udc80\\ud800\\udc81b'.encode('utf-8', 'surrogateescape')",
 "'a\\ud800b'.encode('utf-8', 'surrogatepass')", "'a\\ud800b'.encode('utf-8', 'replace')", "'a\\ud800b'.encode('utf-8', 'backslashreplace')",
 "'a\\ud800b'.encode('utf-8', 'xmlcharrefreplace')", "'a\\ud800b'.encode('utf-8', 'namereplace')", "'a\\ud800b'.encode('utf-8', 'ignore')",
 "'aé€\\U0001f600b'.encode('ascii', 'namereplace')", "'aé€\\U0001f600b'.encode('ascii', 'xmlcharrefreplace')", "'aé€\\U0001f600b'.encode('latin-1', 'backslashreplace')",
 "'a\\udc80b'.encode('ascii', 'surrogateescape')", "'a\\udc80é'.encode('ascii', 'surrogateescape')", "'é\\udc80'.encode('ascii', 'surrogateescape')",
 "'a\\ud800b'.encode('ascii', 'surrogatepass')", "'a\\ud800b'.encode('utf-16-le', 'surrogatepass')", "'a\\ud800b'.encode('utf-32-be', 'surrogatepass')",
 "b'a\\x00\\x00\\xd8b\\x00'.decode('utf-16-le', 'surrogatepass')", "'a\\udc80b'.encode('utf-16-le', 'surrogateescape')", "'a\\ud800b'.encode('utf-16-le', 'replace')",
 "'a\\ud800b'.encode('utf-16-le', 'backslashreplace')", "'é'.encode('utf-16-le', 'strict')", "b'\\x80abc'.decode('utf-16-le', 'surrogateescape')",
 "'x'.encode('UTF8')", "'x'.encode('Latin_1')", "'x'.encode('utf 8')", "'x'.encode('U8')", "'x'.encode('iso-8859-1')", "'x'.encode('  utf-8  ')",
 "'x'.encode('us-ascii')", "'x'.encode('utf_16_le')", "'x'.encode('UTF-16BE')", "'x'.encode('utf32')", "'x'.encode('')", "'x'.encode('utf-8\\x00')",
 "'x'.encode('utf-8-sig')", "'\\U0001f600é'.encode('utf-16')", "'\\U0001f600é'.encode('utf-16-be')", "'\\U0001f600é'.encode('utf-32-be')",
 "'\\U0001f600é'.encode('utf-16').decode('utf-16')", "b'\\xfe\\xff\\x00a'.decode('utf-16')", "b'\\x00\\x00\\xfe\\xff\\x00\\x00\\x00a'.decode('utf-32')",
 "b'\\xff\\xfea\\x00'.decode('utf-16-le')", "'é€'.encode('utf-8').decode('latin-1')", "bytes(range(256)).decode('latin-1') == ''.join(map(chr, range(256)))",
 "'a\\tb\\\\c\\x00é\\u20ac\\U0001f600'.encode('unicode_escape')", "'a\\tb\\\\é\\u20ac\\U0001f600'.encode('raw_unicode_escape')",
 "b'a\\\\tb\\\\x41\\\\u20ac\\\\U0001f600\\\\101\\\\n'.decode('unicode_escape')", "b'\\\\x4'.decode('unicode_escape')", "b'\\\\u12'.decode('unicode_escape')",
 "b'ab\\\\'.decode('unicode_escape')", "b'\\\\U00110000'.decode('unicode_escape')", "b'\\\\u0041\\\\x41'.decode('raw_unicode_escape')",
 "b'\\\\\\\\u0041'.decode('raw_unicode_escape')", "b'\\\\u004'.decode('raw_unicode_escape')", "b'\\xe9\\\\q'.decode('unicode_escape')",
 "b'\\\\N{SNOWMAN}x'.decode('unicode_escape')", "b'\\\\N{NOPE}'.decode('unicode_escape')", "b'\\\\N'.decode('unicode_escape')",
 "b'\\\\x4'.decode('unicode_escape', 'replace')", "b'\\\\x4g'.decode('unicode_escape', 'backslashreplace')",
 "b'\\xff\\xfe\\x00'.decode('utf-16', 'replace')", "b'\\x00\\xdc\\x00\\xd8'.decode('utf-16-le', 'replace')", "b'\\x00\\xdc\\x00\\xd8'.decode('utf-16-le', 'surrogatepass')",
 "b'\\x00\\x00\\x11\\x00abc'.decode('utf-32-le', 'replace')", "b'\\x00\\xd8\\x00\\x00'.decode('utf-32-le', 'surrogatepass')",
 "b'\\x80\\x81\\x82\\x83\\x84'.decode('ascii', 'surrogateescape')", "b'\\xf0\\x9f\\x98'.decode('utf-8', 'surrogateescape')",
 "'\\udc80\\udc81'.encode('latin-1', 'surrogateescape')", "'\\udcff'.encode('ascii', 'backslashreplace')", "'é'.encode('ascii', 'bogus')",
 "'a'.encode('ascii', 'bogus')", "b'\\xff'.decode('ascii', 'bogus')", "b'abc'.decode('ascii', 'bogus')", "str(b'\\xe9', 'latin-1')",
 "bytes('é', 'utf-8')", "bytes('é', 'ascii')", "bytes('é', 'ascii', 'replace')", "bytearray('é', 'utf-16-le')", "bytes('x', encoding='bogus')",
]
for e in EXPRS:
    print(show(e))
