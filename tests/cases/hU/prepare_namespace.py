class AutoNS(dict):
    def __init__(self):
        super().__init__()
        self.counter = 0
        self.log = []
    def __getitem__(self, key):
        self.log.append(("get", key))
        if key.startswith("__") or key in ("print", "len", "property", "staticmethod"):
            return super().__getitem__(key)
        if key not in self:
            if key.isupper():
                self.counter += 1
                super().__setitem__(key, self.counter)
        return super().__getitem__(key)
    def __setitem__(self, key, value):
        self.log.append(("set", key))
        super().__setitem__(key, value)
    def __delitem__(self, key):
        self.log.append(("del", key))
        super().__delitem__(key)

class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNS()
    def __new__(mcls, name, bases, ns):
        print([e for e in ns.log if not e[1].startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns))

class Color(metaclass=AutoMeta):
    RED
    GREEN
    BLUE
    ALIAS = RED
    tmp = 5
    del tmp
print(Color.RED, Color.GREEN, Color.BLUE, Color.ALIAS, hasattr(Color, "tmp"))

try:
    class Broken(metaclass=AutoMeta):
        lower_missing
except Exception as e:
    print(type(e).__name__, e)

class ListNS:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print("ListNS set", k)
        self.d[k] = v
    def __getitem__(self, k):
        print("ListNS get", k)
        return self.d[k]
class M2(type):
    @classmethod
    def __prepare__(m, name, bases):
        return ListNS()
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, ns.d)
try:
    class K(metaclass=M2):
        a = 1
        b = a + 1
    print(K.a, K.b)
except Exception as e:
    print(type(e).__name__, e)

class M3(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, ns)
    @classmethod
    def __prepare__(m, name, bases):
        return ListNS()
try:
    class K3(metaclass=M3):
        x = 1
except Exception as e:
    print(type(e).__name__, e)

# global and builtin lookups through class namespace
G = "global"
class UsesGlobal(metaclass=AutoMeta):
    val = len("abc")
print(UsesGlobal.val)
