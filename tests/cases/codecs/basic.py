import codecs
for n in ['utf-8','UTF8','latin-1','latin1','iso-8859-1','ascii','us-ascii','utf-16','utf-16-le','utf_16_be','utf-32','utf-32-le','utf-32-be','utf-8-sig','raw_unicode_escape','unicode_escape','rot13','rot_13','hex','base64','hex_codec','Latin 1']:
  try: c=codecs.lookup(n); print(n, c.name, c.encode.__name__, type(c).__mro__, len(c))
  except Exception as e: print(n, type(e).__name__, e)
print(codecs.encode('abc','rot13'), codecs.decode(b'616263','hex'), codecs.encode(b'abc','hex'), codecs.encode(b'abc','base64'))
print(codecs.encode(b'x'*100,'base64'), codecs.decode(codecs.encode(bytes(range(256)),'base64'),'base64') == bytes(range(256)))
try: codecs.encode(b'x','utf-8')
except Exception as e: print(type(e).__name__, e)
try: codecs.decode('x','utf-8')
except Exception as e: print(type(e).__name__, e)
try: codecs.lookup('nope')
except Exception as e: print(type(e).__name__, e)
try: codecs.encode('abc','hex')
except Exception as e: print(type(e).__name__, e)
print(codecs.lookup_error('strict').__name__, codecs.lookup_error('replace').__name__)
print(codecs.utf_8_decode(b'\xc3', 'strict', False), codecs.utf_8_decode(b'ab\xc3', 'strict'))
d=codecs.getincrementaldecoder('utf-8')(); print(repr(d.decode(b'a\xc3')), repr(d.decode(b'\xa9')), d.getstate())
e=codecs.getincrementalencoder('utf-16')(); print(e.encode('a'), e.encode('b'))
d=codecs.getincrementaldecoder('utf-16')(); print(repr(d.decode(b'\xff')), repr(d.decode(b'\xfea\x00b')), repr(d.decode(b'\x00')))
d=codecs.getincrementaldecoder('utf-8-sig')(); print(repr(d.decode(b'\xef\xbb')), repr(d.decode(b'\xbfa')))
print(codecs.getencoder('latin-1')('é'), codecs.getdecoder('utf-8')(b'\xc3\xa9'))
print(codecs.BOM, codecs.BOM_UTF8, codecs.BOM_UTF32, codecs.BOM_BE, codecs.BOM_UTF32_BE)
print(codecs.encode('é', 'ascii', 'replace'), codecs.encode('é'), codecs.decode(b'\xc3\xa9'))
codecs.register_error('myerr', lambda e: ('?%d?' % e.start, e.end))
print(codecs.encode('aéb', 'ascii', 'myerr'), codecs.decode(b'a\xffb', 'ascii', 'myerr'))
print(codecs.lookup_error('myerr')(UnicodeEncodeError('ascii', 'xé', 1, 2, 'r')))
try: codecs.lookup_error('zzz')
except LookupError as e: print(e)
print(codecs.encode('x', 'utf-8-sig'), codecs.decode(b'\xef\xbb\xbfx', 'utf-8-sig'))
print(list(codecs.iterdecode([b'a\xc3', b'\xa9b'], 'utf-8')), list(codecs.iterencode(['a','b'], 'utf-16-le')))
print(codecs.replace_errors(UnicodeEncodeError('ascii', 'xéé', 1, 3, 'r')))
print(codecs.backslashreplace_errors(UnicodeDecodeError('ascii', b'x\xff', 1, 2, 'r')))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', 'xé', 1, 2, 'r')))
print(codecs.replace_errors(UnicodeDecodeError('ascii', b'x\xff\xfe', 1, 3, 'r')))
import os
fn = 'codecs_basic_tmp.txt'
with codecs.open(fn, 'w', encoding='utf-16') as f:
    f.write('héllo\nwörld\n')
with open(fn, 'rb') as f:
    print(f.read())
with codecs.open(fn, 'r', encoding='utf-16') as f:
    print(repr(f.readline()), repr(f.read()))
with codecs.open(fn, encoding='utf-16') as f:
    print(list(f))
os.remove(fn)
info = codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)), None, name='shout')
print(info.name, info.incrementalencoder, isinstance(info, tuple))
def search(name):
    return info if name == 'shout_x' else None
codecs.register(search)
print(codecs.encode('abc', 'Shout-X'), codecs.lookup('shout x') is info)
codecs.unregister(search)
try: codecs.lookup('shout_y')
except LookupError as e: print(e)
