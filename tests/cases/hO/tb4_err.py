import types
m = types.ModuleType("fake.mod")
class Err(Exception):
    pass
Err.__module__ = "fake.mod"
raise Err("from a fake module")
