import types
types.SimpleNamespace(1)
