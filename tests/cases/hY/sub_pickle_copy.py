import copy, pickle, copyreg
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
class T2(tuple): pass
class I(int): pass
class F(float): pass
class C(complex): pass
class S(str): pass
class B(bytes): pass
class L(list): pass
class D(dict): pass
class St(set): pass
class FS(frozenset): pass
class BA(bytearray): pass
objs = [T2((1, 2)), I(5), F(1.5), C(1j), S("s"), B(b"b"), L([1]), D(a=1), St({1}), FS({2}), BA(b"x")]
for o in objs:
    o2 = copy.copy(o)
    o3 = copy.deepcopy(o)
    print(type(o).__name__, type(o2).__name__, type(o3).__name__, o2 == o, o3 == o)
    for proto in range(0, 6):
        try:
            p = pickle.loads(pickle.dumps(o, proto))
            print(" ", proto, type(p).__name__, p == o)
        except Exception as e:
            print(" ", proto, type(e).__name__, e)
for o in objs:
    try:
        r = o.__reduce_ex__(2)
        print(type(o).__name__, r[0].__name__, r[1][0].__name__ if r[0] is copyreg.__newobj__ else r[1], [list(x) if hasattr(x, "__next__") else x for x in r[2:]])
    except Exception as e:
        print(type(e).__name__, e)
for o in objs:
    try:
        r = o.__reduce_ex__(1)
        print(type(o).__name__, r[0].__name__, r[1:])
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)
t(lambda: T(1, 2))
t(lambda: copy.copy(T(1, 2)))
t(lambda: pickle.loads(pickle.dumps(T(1, 2))))
t(lambda: T(1, 2).__getnewargs__())
t(lambda: I(5).__getnewargs__())
t(lambda: F(5).__getnewargs__())
t(lambda: S("x").__getnewargs__())
t(lambda: (1, 2).__getnewargs__())
t(lambda: D(a=1).__reduce_ex__(4)[3])
t(lambda: list(D(a=1).__reduce_ex__(4)[4]))
t(lambda: list(L([1]).__reduce_ex__(4)[3]))
t(lambda: St({1}).__reduce__())
t(lambda: FS({1}).__reduce__())
t(lambda: set([1]).__reduce__())
t(lambda: BA(b"x").__reduce__())
t(lambda: BA(b"x").__reduce_ex__(3))
x = St({1}); x.a = 2
t(lambda: x.__reduce__())
class Slots(list):
    __slots__ = ()
s = Slots([1])
t(lambda: copy.copy(s))
t(lambda: pickle.loads(pickle.dumps(s)))
t(lambda: s.__reduce_ex__(2)[2])
class GS(set):
    def __getstate__(self): return {"g": 1}
t(lambda: GS([1]).__reduce__())
t(lambda: pickle.loads(pickle.dumps(GS([1]))).g)
