class Field:
    _counter = 0
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        Field._counter += 1
        self.order = Field._counter
    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_f_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.attr, value)
    def __repr__(self):
        return f"Field({self.kind.__name__}, name={self.name!r})"

class ModelMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, table=None):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcls, name, bases, ns)
        inherited = {}
        for b in reversed(cls.__mro__[1:]):
            inherited.update(getattr(b, "_fields", {}))
        inherited.update(fields)
        cls._fields = inherited
        cls._table = table or name.lower() + "s"
        mcls.registry[name] = cls
        return cls
    def __repr__(cls):
        return f"<Model {cls.__name__} table={cls._table}>"
    def __iter__(cls):
        return iter(cls._fields)

class Model(metaclass=ModelMeta):
    id = Field(int, 0)
    def __init__(self, **kw):
        for k, v in kw.items():
            if k not in self._fields:
                raise AttributeError(f"{type(self).__name__} has no field {k!r}")
            setattr(self, k, v)
    def __repr__(self):
        vals = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({vals})"
    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return all(getattr(self, k) == getattr(other, k) for k in self._fields)
    __hash__ = None

class User(Model, table="people"):
    name = Field(str, "")
    age = Field(int, 0)

class Admin(User):
    level = Field(int, 1)

print(User, Admin, Model)
print(list(User), list(Admin))
u = User(id=1, name="ann", age=30)
print(u)
print(Admin(name="root"))
try:
    User(age="old")
except TypeError as e:
    print("TypeError:", e)
try:
    User(email="x")
except AttributeError as e:
    print("AttributeError:", e)
print(u == User(id=1, name="ann", age=30), u == Admin(id=1, name="ann", age=30), u != u)
try:
    hash(u)
except TypeError as e:
    print(e)
print(sorted(ModelMeta.registry))
print(User.name, User.__dict__["age"].order < User.__dict__["name"].order)
print(vars(u))
print(Admin.__mro__[1:3])
print(isinstance(Admin(), User), type(Admin).__name__, Admin._table)
