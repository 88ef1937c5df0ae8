import io, struct, array, json, collections, itertools, functools, heapq
s = io.StringIO('abc'); s.write('X'); print(s.getvalue(), s.tell(), s.read())
s = io.StringIO('abc'); s.seek(0, 2); s.write('d'); print(s.getvalue())
s = io.StringIO(); print(s.write(''), s.tell(), repr(s.read()), s.readline() == '')
b = io.BytesIO(b'abc'); b.write(b'X'); print(b.getvalue(), b.tell())
b = io.BytesIO(bytearray(b'xyz')); print(b.read(), b.readlines(), b.isatty(), b.fileno() if False else '')
try: io.BytesIO().fileno()
except Exception as e: print(type(e).__name__, e)
try: io.StringIO().fileno()
except Exception as e: print(type(e).__name__, e)
print(io.StringIO('a\nb\nc').readlines(3), io.StringIO('x').newlines, io.StringIO('a\r\n', newline=None).newlines if False else '')
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8'); w.write('héllo\n'); w.flush(); print(w.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO('é\nx'.encode()), encoding='utf-8'); print(r.readline(), r.read(), r.encoding)
br = io.BufferedReader(io.BytesIO(b'12345')); print(br.read(2), br.peek(1)[:1], br.read())
print(repr(io.StringIO('abc').read(-1)), repr(io.StringIO('abc').read(None)))
s = io.StringIO('hello'); s.seek(2); s.truncate(); print(s.getvalue(), s.tell())
s = io.StringIO('hello'); print(s.truncate(3), s.tell(), s.getvalue())
try: io.StringIO('x').truncate(-1)
except Exception as e: print(type(e).__name__, e)
print(array.array('i', [1, 2, 3, 4])[::2], array.array('i', [1, 2, 3])[::-1], array.array('b', [1, 2]) * -1)
a = array.array('i', range(6)); a[::2] = array.array('i', [0, 0, 0]); print(a); del a[::3]; print(a)
try: a[::2] = array.array('i', [1])
except ValueError as e: print(e)
a = array.array('i', [1, 2]); a += array.array('i', [3]); a *= 2; print(a, a == [1, 2, 3, 1, 2, 3] if False else '')
try: a += [1]
except TypeError as e: print(e)
print(array.array('f', [1.1])[0], array.array('b', range(-3, 3)).tolist(), array.array('i', b'\x01\x00\x00\x00'))
print(collections.deque('abc', 2).maxlen, collections.deque([], 0).append(1), list(collections.deque(range(10), 3)))
d = collections.deque([1, 2, 3]); d.rotate(10); print(d); d.rotate(-10); print(d); d.extend(d); print(d); d.extendleft(d); print(d)
print(d.__copy__() if hasattr(d, '__copy__') else '', d * 0, d[-2], d.index(3, 2), d.index(3, -4, -1))
try: d.index(99, 0, 100)
except ValueError as e: print(e)
print(list(itertools.islice(itertools.count(10, -2.5), 4)), list(zip(itertools.count(), 'ab')), next(itertools.count(2**100)))
print(struct.pack('@bhb', 1, 2, 3), struct.calcsize('@bhb'), struct.calcsize('@bhbq'), struct.calcsize('<bhbq'), struct.pack('0s'), struct.calcsize('0i'), struct.pack('>?', 0))
print(struct.pack('<Q', 0xffffffffffffffff), struct.unpack('<3c', b'abc'), struct.unpack('2s2s', b'abcd'), struct.unpack('<?', b'\x05'))
print(struct.pack('<d', -0.0), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x7c'), struct.unpack('<f', b'\x00\x00\xc0\x7f'))
print(json.dumps('\u20ac'), json.dumps({'a': 1}, indent=' '), json.dumps([[]], indent=2), json.dumps({'a': {}}, indent=2), json.dumps(1.5e-10), json.dumps(123e20))
print(json.dumps(True), json.dumps(None), json.dumps('a"b'), json.dumps([1, (2, 3)]), json.loads('{"__proto__": 1}'), json.loads('  [  ]  '), json.loads('{}'))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=4, separators=(',', ': ')), json.loads('1.0'), json.loads('1e2'), json.loads('-1.5E-2'), type(json.loads('10')).__name__)
print(json.dumps(collections.OrderedDict([('z', 1), ('a', 2)])), json.dumps(collections.Counter('aab')), json.dumps(collections.namedtuple('P', 'x')(1)))
import enum
class E(enum.IntEnum):
    A = 1
class S(str, enum.Enum):
    X = 'x'
print(json.dumps([E.A, S.X]), json.dumps({E.A: 1}), json.dumps(float(2**53)), json.dumps(3.0000000000000004))
class F(float): pass
class I(int):
    def __repr__(self): return 'I!'
print(json.dumps([F(1.5), I(3)]), json.dumps({I(3): 1}), json.dumps({F(2.5): 1}))
