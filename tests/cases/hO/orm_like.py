class Field:
    _counter = 0
    def __init__(self, default=None, *, required=False):
        self.default = default
        self.required = required
        Field._counter += 1
        self.order = Field._counter
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return inst.__dict__.get(self.name, self.default)
    def __set__(self, inst, value):
        self.validate(value)
        inst.__dict__[self.name] = value
    def validate(self, value):
        pass
    def __repr__(self):
        return f"{type(self).__name__}(name={self.name!r})"

class IntField(Field):
    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{self.name} must be int, not {type(value).__name__}")

class StrField(Field):
    def __init__(self, *a, max_len=10, **kw):
        super().__init__(*a, **kw)
        self.max_len = max_len
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.name} must be str")
        if len(value) > self.max_len:
            raise ValueError(f"{self.name} too long ({len(value)} > {self.max_len})")

class ModelMeta(type):
    registry = {}
    def __new__(mcs, name, bases, ns):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcs, name, bases, ns)
        inherited = {}
        for b in reversed(cls.__mro__[1:]):
            inherited.update(getattr(b, "_fields", {}))
        inherited.update(fields)
        cls._fields = dict(sorted(inherited.items(), key=lambda kv: kv[1].order))
        mcs.registry[name] = cls
        return cls
    def __repr__(cls):
        return f"<Model {cls.__name__} fields={list(cls._fields)}>"
    def __len__(cls):
        return len(cls._fields)
    def __iter__(cls):
        return iter(cls._fields.values())
    def __contains__(cls, name):
        return name in cls._fields

class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for name, f in type(self)._fields.items():
            if name in kw:
                setattr(self, name, kw.pop(name))
            elif f.required:
                raise TypeError(f"missing required field {name!r}")
        if kw:
            raise TypeError(f"unexpected fields: {sorted(kw)}")
    def __repr__(self):
        body = ", ".join(f"{n}={getattr(self, n)!r}" for n in type(self)._fields)
        return f"{type(self).__name__}({body})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._fields)
    __hash__ = None

class User(Model):
    id = IntField(required=True)
    name = StrField("anon", max_len=5)

class Admin(User):
    level = IntField(1)

print(User, Admin, len(Admin), "level" in Admin, "zzz" in User, list(Admin))
print(ModelMeta.registry.keys())
u = User(id=1, name="bob")
print(u, u == User(id=1, name="bob"), u != User(id=2), u == 5)
print(Admin(id=3), Admin(id=4, level=9, name="x"))
for kw in [dict(), dict(id="1"), dict(id=True), dict(id=1, name="toolongname"), dict(id=1, extra=2, other=3)]:
    try:
        User(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    hash(u)
except TypeError as e:
    print(e)
print(User.id, User.name.max_len, type(User).__name__, type(User).__mro__)
print(isinstance(Admin(id=1), User), issubclass(Admin, Model), Admin.__bases__, type(Admin) is ModelMeta)
print(sorted(vars(u)), u.__dict__)
