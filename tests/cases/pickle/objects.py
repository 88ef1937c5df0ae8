import pickle
import io
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class WithState:
    def __init__(self):
        self.a = 1
        self.cache = 'drop me'

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 2,))


class NewArgs:
    def __new__(cls, a, *, b):
        self = object.__new__(cls)
        self.a = a
        self.b = b
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {'b': self.b}


class Slotted:
    __slots__ = ('p', 'q')

    def __init__(self):
        self.p = 1
        self.q = [2]


class Outer:
    class Inner:
        pass


class MyList(list):
    pass


class MyDict(dict):
    pass


for proto in range(6):
    p = Point(1, [2, 3])
    data = pickle.dumps(p, proto)
    print(proto, data)
    print(pickle.loads(data))
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(w.a, w.cache)
    r = pickle.loads(pickle.dumps(Reduced(5), proto))
    print(r.v, pickle.dumps(Reduced(5), proto))
    if proto >= 4:
        n = pickle.loads(pickle.dumps(NewArgs(1, b=2), proto))
        print(n.a, n.b, pickle.dumps(NewArgs(1, b=2), proto))
    if proto >= 2:
        s = pickle.loads(pickle.dumps(Slotted(), proto))
        print(s.p, s.q, pickle.dumps(Slotted(), proto))
    if proto >= 4:
        print(pickle.dumps(Outer.Inner, proto), pickle.loads(pickle.dumps(Outer.Inner, proto)) is Outer.Inner)
    ml = MyList([1, 2])
    ml.tag = 't'
    back = pickle.loads(pickle.dumps(ml, proto))
    print(type(back).__name__, back, back.tag, pickle.dumps(ml, proto))
    md = MyDict(a=1)
    back = pickle.loads(pickle.dumps(md, proto))
    print(type(back).__name__, back, pickle.dumps(md, proto))

    # Shared and recursive structures keep their identity.
    shared = [1]
    obj = [shared, shared, {'k': shared}]
    back = pickle.loads(pickle.dumps(obj, proto))
    print(back, back[0] is back[1] is back[2]['k'])
    rec = []
    rec.append(rec)
    back = pickle.loads(pickle.dumps(rec, proto))
    print(back[0] is back, pickle.dumps(rec, proto))
    d = {}
    d['self'] = d
    back = pickle.loads(pickle.dumps(d, proto))
    print(back['self'] is back)
    t = ([],)
    t[0].append(t)
    data = pickle.dumps(t, proto)
    back = pickle.loads(data)
    print(data, back[0][0] is back)
    p = Point(0, 0)
    p.me = p
    back = pickle.loads(pickle.dumps(p, proto))
    print(back.me is back)

# Files, several pickles in a row, Pickler/Unpickler.
buf = io.BytesIO()
pickle.dump([1, 2], buf)
pickle.dump('second', buf, protocol=0)
pickle.dump({'third': 3}, buf, 2)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as e:
    print('EOFError', e)

buf = io.BytesIO()
pk = pickle.Pickler(buf, 2)
pk.dump('x')
pk.dump('x')
print(buf.getvalue())
pk.clear_memo()


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return ('Point', obj.x)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded %r' % (pid,)


for proto in (0, 1, 4):
    buf = io.BytesIO()
    if proto == 0:
        class P0(pickle.Pickler):
            def persistent_id(self, obj):
                return 'pt%d' % obj.x if isinstance(obj, Point) else None
        P0(buf, proto).dump([Point(7, 8), 'z'])
    else:
        DBPickler(buf, proto).dump([Point(7, 8), 'z'])
    print(buf.getvalue())
    buf.seek(0)
    print(DBUnpickler(buf).load())

# dispatch tables and reducer_override
class Custom:
    pass


def reduce_custom(obj):
    return (str, ('custom!',))


buf = io.BytesIO()
pk = pickle.Pickler(buf)
pk.dispatch_table = copyreg.dispatch_table.copy()
pk.dispatch_table[Custom] = reduce_custom
pk.dump(Custom())
print(pickle.loads(buf.getvalue()))
copyreg.pickle(Custom, reduce_custom)
print(pickle.loads(pickle.dumps(Custom())))


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj == 42:
            return (int, ('43',))
        return NotImplemented


buf = io.BytesIO()
Override(buf).dump([42, 1])
print(pickle.loads(buf.getvalue()))

print(pickle.loads(b'(lp0\nI1\naI2\na.'), pickle.loads(b'(dp0\nVa\np1\nI1\ns.'))
print(pickle.loads(b"S'abc'\np0\n."), pickle.loads(b"S'a\\nb'\n."))
print(pickle.loads(b'U\x03abc.', encoding='bytes'), pickle.loads(b'U\x03abc.'))
print(pickle.loads(b'c__builtin__\nxrange\n(K\x01K\x03tR.'))
print(pickle.loads(b'\x80\x02cexceptions\nValueError\nq\x00X\x01\x00\x00\x00xq\x01\x85q\x02Rq\x03.'))
print(pickle.dumps(ValueError('x'), 2))
e = pickle.loads(pickle.dumps(KeyError('k')))
print(type(e), e.args)
print(pickle.loads(pickle.dumps(pickle.loads)) is pickle.loads, pickle.dumps(pickle.loads))
