class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
try:
    class X(metaclass=Meta):
        def m(self): return __class__
except RuntimeError as e:
    print('RuntimeError', e)
except TypeError as e:
    print('TypeError', e)
class Meta2(type):
    def __new__(mcls, name, bases, ns):
        return type('Other', (), {'__classcell__': ns['__classcell__']} if '__classcell__' in ns else {})
try:
    class Y(metaclass=Meta2):
        def m(self): return __class__
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
class Z:
    def m(self): return __class__
    __class__ = 'shadow'
print(Z().m(), Z.__dict__['__class__'])
class W:
    def m(self):
        __class__ = 'local'
        return __class__
print(W().m())
def f():
    return __class__ if False else 'no class cell'
print(f())
try:
    def g():
        return __class__
    g()
except NameError as e:
    print('NameError', e)
class V:
    def m(self):
        return super()
    def n(self, x=None):
        del self
        try:
            return super()
        except RuntimeError as e:
            return str(e)
print(type(V().m()).__name__, V().n())
class U:
    def m(*args):
        try:
            return super()
        except RuntimeError as e:
            return str(e)
print(U().m())
class S:
    def m(self):
        self = 5
        try:
            return super().__repr__
        except TypeError as e:
            return str(e)
print(S().m())
