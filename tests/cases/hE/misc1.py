import pprint, textwrap, string, abc, copy, operator, heapq, bisect
data = {'name': 'x' * 30, 'list': list(range(30)), 'nested': {'a': [{'b': (1, 2, {'c': 'd' * 40})}], 'z': set(range(5))}, 'e': {}, 't': (1,), 'fs': frozenset({3, 1})}
pprint.pprint(data)
pprint.pprint(data, width=40, sort_dicts=False)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50, indent=2)
print(pprint.pformat(list(range(100)), width=60, compact=True))
print(pprint.pformat('a long string ' * 10, width=30))
print(pprint.pformat(b'bytes value ' * 8, width=30))
print(pprint.saferepr([1, [2]]), pprint.isreadable([1, object]), pprint.isrecursive([1]))
r = [1, 2]; r.append(r); print(pprint.pformat(r).split("id=")[0], pprint.saferepr(r).split("id=")[0])
pprint.pprint([[1, 2, 3]] * 5, width=20)
pprint.pprint({'k' + str(i): i for i in range(8)}, width=30)
pp = pprint.PrettyPrinter(indent=4, width=20); pp.pprint({'alpha': [1, 2, 3], 'beta': 'text'})
pprint.pp({'b': 1, 'a': 2}); pprint.pprint({'b': 1, 'a': 2}, underscore_numbers=True); pprint.pprint(1234567, underscore_numbers=True)
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint(OrderedDict((str(i), i * 1000) for i in range(8)), width=40)
pprint.pprint(defaultdict(list, {'a': list(range(20))}), width=40)
pprint.pprint(Counter('abracadabra' * 3), width=30)
pprint.pprint(deque(range(30), maxlen=40), width=40)
text = "The quick brown fox jumps over the lazy dog.  Pack my box with\tfive dozen liquor jugs.\n  Sphinx of black quartz, judge my vow."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, width=30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, 40), '|', textwrap.shorten('Hello  world!', width=12), '|', textwrap.shorten('Hello world', 11, placeholder='~~'))
print(textwrap.wrap('a-very-long-hyphenated-word-here', 10), textwrap.wrap('supercalifragilistic', 6), textwrap.wrap('supercalifragilistic', 6, break_long_words=False))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('one two', 10, drop_whitespace=False), textwrap.wrap('x\ty', 10, expand_tabs=False, tabsize=4))
print(textwrap.wrap('Hello. World is nice. Yes.', 12, fix_sentence_endings=True), textwrap.wrap('a b c d e f g', 3, max_lines=2, placeholder='..'))
print(repr(textwrap.dedent('    a\n      b\n\n    c\n')), repr(textwrap.dedent('\ta\n    b')), repr(textwrap.dedent('  x\n \n  y')))
print(repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda l: True)))
try:
    textwrap.wrap('abc', 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    textwrap.shorten('abc def', 3, placeholder=' [...]')
except Exception as e:
    print(type(e).__name__, e)
tw = textwrap.TextWrapper(width=15, break_on_hyphens=False)
print(tw.wrap('well-known long-winded phrase'))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
t = string.Template('$who likes ${what}s, $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.template, t.get_identifiers(), t.is_valid())
for args in [{}, {'who': 1}]:
    try:
        t.substitute(args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    string.Template('bad $ here').substitute()
except Exception as e:
    print(type(e).__name__, e)
try:
    string.Template('${bad').substitute(bad=1)
except Exception as e:
    print(type(e).__name__, e)
class MyT(string.Template):
    delimiter = '%'
print(MyT('%x and %{y}').substitute(x=1, y=2))
fmt = string.Formatter()
print(fmt.format('{0}-{name!r:>6}-{1:.2f}', 'a', 3.14159, name='n'), list(fmt.parse('a{0}b{x:>3}c{{')), string.capwords('hello   wORLD  foo'), string.capwords('a-b-c', '-'))
class AB(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perim(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try:
    AB()
except TypeError as e:
    print(e)
class Half(AB):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(e)
class One(AB):
    def perim(self): return 1
    def area(self): return 2
    name = 'x'
print(One().area(), sorted(AB.__abstractmethods__), One.__abstractmethods__, isinstance(One(), AB))
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))
class M(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def go(self): pass
try:
    M()
except TypeError as e:
    print(e)
a = [1, [2, 3], {'k': [4]}]; a.append(a)
b = copy.deepcopy(a)
print(b[3] is b, b[1] is not a[1], b[:3] == a[:3], copy.copy(a)[1] is a[1])
class CP:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('copy called'); return CP(self.v)
    def __deepcopy__(self, memo):
        print('deepcopy called', type(memo).__name__); return CP(copy.deepcopy(self.v, memo))
c = CP([1]); c2 = copy.copy(c); c3 = copy.deepcopy([c, c])
print(c2.v is c.v, c3[0] is c3[1], c3[0].v == [1])
print(copy.deepcopy((1, 2)) , copy.copy({1: [2]}), copy.deepcopy(frozenset({1})))
class Slotted:
    __slots__ = ('a', 'b')
s = Slotted(); s.a = [1]; s2 = copy.deepcopy(s); print(s2.a, s2.a is not s.a, hasattr(s2, 'b'))
try:
    copy.deepcopy(iter([]))
except Exception as e:
    print(type(e).__name__, e)
ig = operator.itemgetter(1); ig2 = operator.itemgetter(0, 2); ag = operator.attrgetter('real', 'imag'); ag2 = operator.attrgetter('a.b'); mc = operator.methodcaller('split', ',', maxsplit=1)
print(ig, ig2, ag, ag2, mc, repr(operator.methodcaller('x')))
print(ig('abc'), ig2('abc'), ag(3 + 4j), mc('a,b,c'))
for fn, arg in [(ig, []), (ig, 5), (operator.attrgetter('zz'), 1), (ag2, 1), (mc, 5)]:
    try:
        fn(arg)
    except Exception as e:
        print(type(e).__name__, e)
try:
    operator.itemgetter()
except Exception as e:
    print(type(e).__name__, e)
try:
    operator.attrgetter(1)
except Exception as e:
    print(type(e).__name__, e)
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains([1], 1), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.truth(0), operator.is_(None, None), operator.index(5), operator.length_hint([1, 2]), operator.neg(3), operator.not_(1))
try:
    operator.concat(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    operator.indexOf([1], 5)
except Exception as e:
    print(type(e).__name__, e)
l = [5]; operator.setitem(l, 0, 7); operator.iadd(l, [8]); print(l, operator.getitem(l, slice(None, 1)), operator.matmul.__name__)
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h); print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(heapq.nlargest(3, [4, 1, 7, 3, 7, 9]), heapq.nsmallest(2, ['bb', 'a', 'ccc', 'dd'], key=len), heapq.nlargest(2, [('a', 2), ('b', 5), ('c', 5)], key=lambda t: t[1]), heapq.nsmallest(0, [1]), heapq.nlargest(10, [2, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(['ccc', 'a'], ['bb', 'd'], key=len, reverse=True)))
try:
    heapq.heappop([])
except Exception as e:
    print(type(e).__name__, e)
try:
    heapq.heappush([1], 'a')
except Exception as e:
    print(type(e).__name__, e)
xs = [1, 3, 3, 5, 8]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 10), bisect.bisect_left(xs, 3, lo=2), bisect.bisect_left(xs, 0, hi=2))
recs = [('a', 1), ('b', 4), ('c', 9)]
print(bisect.bisect_left(recs, 4, key=lambda r: r[1]), bisect.bisect_right(recs, 9, key=lambda r: r[1]))
bisect.insort(xs, 4); bisect.insort_left(xs, 3); print(xs)
bisect.insort(recs, ('d', 5), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect_left(xs, 1, lo=-1)
except Exception as e:
    print(type(e).__name__, e)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
