import collections.abc as abc
objs = [memoryview(b""), b"", bytearray(), "", [], (), {}, set(), frozenset(), range(1), iter([]), zip(), map(len, []), {}.keys(), {}.values(), {}.items(), (x for x in []), reversed([]), enumerate([]), 1, None, len, slice(1)]
for o in objs:
    print(type(o).__name__, [n for n in ("Iterable", "Iterator", "Sized", "Container", "Collection", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set", "MutableSet", "Hashable", "Callable", "Reversible", "Generator", "KeysView", "ValuesView", "ItemsView", "MappingView", "ByteString") if isinstance(o, getattr(abc, n))])
for t in [type({}.keys()), type({}.items()), slice, list, dict, set, bytearray, type({}.values())]:
    print(t.__name__, "__hash__" in t.__dict__, t.__dict__.get("__hash__", "absent"), t.__hash__)
