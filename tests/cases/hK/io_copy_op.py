import io, copy, operator
s = io.StringIO('line1\nline2\r\nline3')
print(s.readline(), repr(s.readline()), s.tell(), s.read(2), s.readlines(), s.read(), s.tell())
s.seek(0); print([l for l in s], s.seek(0, 2), s.seek(2), s.read(3), s.write('XY'), s.getvalue())
s = io.StringIO(); s.write('abc'); s.seek(10); s.write('z'); print(repr(s.getvalue()), s.truncate(2), repr(s.getvalue()), s.tell())
for bad in [lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(0, 3), lambda: io.StringIO(b'x'), lambda: io.StringIO().write(b'x')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
c = io.StringIO('x'); c.close(); print(c.closed)
try: c.read()
except ValueError as e: print(e)
s = io.StringIO('a\nb', newline=None); print(s.readlines(), io.StringIO('a\r\nb', newline='').readlines(), repr(io.StringIO('a\r\nb\rc', newline=None).read()))
s = io.StringIO('abc\ndef\n'); print(s.readline(2), s.readline(-1), s.readlines(1), s.readable(), s.writable(), s.seekable())
b = io.BytesIO(b'hello\nworld'); print(b.read(3), b.readline(), b.tell(), b.getvalue(), b.read(), b.read(), b.seek(-3, 2), b.read())
b.seek(0); b.write(b'J'); print(b.getvalue(), b.getbuffer().nbytes, bytes(b.getbuffer()[:2]), list(io.BytesIO(b'a\nb\n')), b.readinto(bytearray(2)))
bb = io.BytesIO(); bb.write(b'abc'); bb.seek(5); bb.write(b'!'); print(bb.getvalue(), bb.truncate(1), bb.getvalue(), bb.read1(5) if hasattr(bb, 'read1') else '')
with io.StringIO() as w: w.write('q'); print(w.getvalue())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), io.SEEK_END)
class N:
    def __init__(self, v, kids=()): self.v = v; self.kids = list(kids)
    def __repr__(self): return f'N({self.v}, {self.kids})'
a = N(1, [N(2)]); a.kids.append(a)
b = copy.deepcopy(a); print(b.kids[1] is b, b.kids[0] is not a.kids[0], b.v)
l = [1, [2, 3]]; l.append(l); m = copy.deepcopy(l); print(m[2] is m, m[1] is not l[1], copy.copy(l)[1] is l[1])
class Cp:
    def __init__(self): self.x = [1]
    def __copy__(self): print('copy called'); return 'C'
    def __deepcopy__(self, memo): print('deepcopy called', type(memo).__name__); return 'D'
print(copy.copy(Cp()), copy.deepcopy(Cp()), copy.deepcopy([Cp()]))
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None, copy.deepcopy({'a': {1, 2}, 'b': frozenset([1])}))
class Sl:
    __slots__ = ('a', 'b')
s = Sl(); s.a = [1]; s2 = copy.deepcopy(s); print(s2.a, s2.a is not s.a, hasattr(s2, 'b'))
import collections
print(copy.deepcopy(collections.OrderedDict(a=[1])), copy.copy(collections.defaultdict(list, a=[1])), copy.deepcopy(collections.Counter('aab')))
class R:
    def __reduce__(self): return (R2, (5,))
class R2:
    def __init__(self, v): self.v = v
print(copy.copy(R()).v, copy.deepcopy(R()).v)
try: copy.deepcopy(iter([]))
except TypeError as e: print(e)
ig = operator.itemgetter(1); ig2 = operator.itemgetter(0, -1); ig3 = operator.itemgetter('k')
print(repr(ig), repr(ig2), repr(ig3), ig('abc'), ig2('abc'), ig3({'k': 5}))
ag = operator.attrgetter('real'); ag2 = operator.attrgetter('a.b', 'c')
print(repr(ag), repr(ag2), ag(3 + 4j))
mc = operator.methodcaller('split', ',', maxsplit=1); print(repr(mc), mc('a,b,c'), repr(operator.methodcaller('upper')))
for bad in [lambda: ig('a'), lambda: ig3([]), lambda: ag(1j) if False else operator.attrgetter('zz')(1), lambda: operator.attrgetter(1), lambda: operator.itemgetter(), lambda: operator.methodcaller(), lambda: operator.methodcaller(1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains('ab', 'a'), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.truth([]), operator.is_(None, None), operator.index(5))
print(operator.neg(3), operator.pos(-2), operator.inv(5), operator.invert(0), operator.lshift(1, 4), operator.mod(7, 3), operator.matmul if True else 0, operator.not_(1), operator.abs(-2))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.getitem(l, -1), operator.length_hint(iter(range(5))), operator.length_hint(object(), 7))
x = [1]; print(operator.iadd(x, [2]), x, operator.iconcat(x, [3]), operator.ipow(2, 3), operator.itruediv(1, 4))
try: operator.indexOf([1], 2)
except ValueError as e: print(e)
try: operator.concat(1, 2)
except TypeError as e: print(e)
try: operator.index(1.5)
except TypeError as e: print(e)
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=operator.itemgetter(1, 0)), operator.__name__ if hasattr(operator, '__name__') else '')
