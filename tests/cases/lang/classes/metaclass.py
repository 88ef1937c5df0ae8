class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
class C(metaclass=Meta, flag=True):
    a = 1
    def m(self): pass
print(type(C).__name__, C.injected)
class D(C, extra=2):
    pass
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class Sub(Base, option='x'): pass
bases = (Base,)
kw = {'option': 'y'}
class Sub2(*bases, **kw): pass
