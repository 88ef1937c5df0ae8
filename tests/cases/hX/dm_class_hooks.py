order = []
class Desc:
    def __set_name__(self, owner, name):
        order.append(('set_name', owner.__name__, name))
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 'default-' + self.name)
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        order.append(('init_subclass', cls.__name__, tag, kw))
        super().__init_subclass__(**kw) if not kw else None
        cls.tag = tag
class Child(Base, tag='t1'):
    a = Desc()
    b = Desc()
print(order); order.clear()
print(Child().a, Child.tag)
class GrandChild(Child):
    c = Desc()
print(order, GrandChild.tag); order.clear()
try:
    class Bad(object, foo=1): pass
except TypeError as e:
    print('TypeError', e)
class E(Base, tag='x', extra=1): pass
print(order); order.clear()
# __set_name__ added later is not called
class Later: pass
d = Desc()
Later.x = d
print(hasattr(d, 'name'))
# __set_name__ error
class Boom:
    def __set_name__(self, owner, name): raise ValueError('boom ' + name)
try:
    class W:
        z = Boom()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
# __class_getitem__
class G:
    def __class_getitem__(cls, item): return ('cgi', cls.__name__, item)
print(G[int], G[int, str], G[()])
class G2(G): pass
print(G2[1])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
try:
    object[int]
except TypeError as e:
    print('TypeError', e)
try:
    int[1]
except TypeError as e:
    print('TypeError', e)
# __instancecheck__ / __subclasscheck__
class MetaIC(type):
    def __instancecheck__(cls, inst): return inst == 'yes'
    def __subclasscheck__(cls, sub): return sub is int
class IC(metaclass=MetaIC): pass
print(isinstance('yes', IC), isinstance('no', IC), issubclass(int, IC), issubclass(str, IC))
print(isinstance(IC(), IC))  # exact type check shortcut
print(isinstance(1, (str, IC)), isinstance('yes', (int, IC)))
try:
    isinstance(1, 1)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError', e)
# __mro_entries__
class ME:
    def __mro_entries__(self, bases): return (dict,)
class FromME(ME()): pass
print(FromME.__mro__, len(FromME.__orig_bases__))
# __prepare__
class PMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
class PC(metaclass=PMeta, flag=True):
    x = injected + 1
print(PC.x)
