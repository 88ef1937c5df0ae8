import types
m = types.MappingProxyType({"a": 1, "b": 2})
print(list(reversed(m)), list(reversed(types.MappingProxyType({}))))
