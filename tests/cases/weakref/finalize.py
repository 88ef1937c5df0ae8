# weakref.finalize, WeakMethod, KeyedRef and callbacks on ref subclasses.
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def method(self):
        return 'method of ' + self.name


def done(*args, **kwargs):
    print('done', args, kwargs)
    return 'result'


r = Res('r')
f = weakref.finalize(r, done, 1, two=2)
print(f.alive, f.atexit, f.peek()[2:], f.peek()[1] is done)
del r
print(f.alive, f(), f.peek(), f.detach())
r2 = Res('r2')
f2 = weakref.finalize(r2, done, 'manual')
print(f2(), f2.alive, f2())
r3 = Res('r3')
f3 = weakref.finalize(r3, done, 'detached')
obj, func, args, kwargs = f3.detach()
print(obj.name, func is done, args, kwargs, f3.alive)
del r3, obj
print('after detached object dies')
r4 = Res('r4')
f4 = weakref.finalize(r4, done, 'not at exit')
f4.atexit = False
print(f4.atexit)
r5 = Res('r5')
weakref.finalize(r5, print, 'exit finalizer runs last')

m = Res('m')
wm = weakref.WeakMethod(m.method)
print(wm()(), wm() == m.method, wm == weakref.WeakMethod(m.method))
del m
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)


class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=''):
        super().__init__(ob, callback)
        self.tag = tag


def report(wr):
    print('callback for', type(wr).__name__, wr.tag, wr())


x = Res('x')
t = Tagged(x, report, tag='mine')
print(t().name, t.tag, t is weakref.ref(x), weakref.getweakrefcount(x), isinstance(t, weakref.ref))
kr = weakref.KeyedRef(x, None, 'key')
print(kr.key, kr() is x)
del x
print('end of script')
