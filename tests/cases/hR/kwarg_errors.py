import itertools
calls = [
 lambda: "".split(zzz=1), lambda: "a".encode(zzz=1), lambda: "a".replace(zzz=1), lambda: "a".replace("a", zzz=1),
 lambda: b"a".decode(zzz=1), lambda: bytes(zzz=1), lambda: bytearray(zzz=1), lambda: int(zzz=1), lambda: float(zzz=1),
 lambda: memoryview(zzz=1), lambda: memoryview(b"", zzz=1), lambda: memoryview(object=b"", zzz=1), lambda: str(zzz=1),
 lambda: sorted(zzz=1), lambda: sorted([], zzz=1), lambda: list(zzz=1), lambda: "a".startswith(zzz=1), lambda: (1).to_bytes(zzz=1),
 lambda: int.from_bytes(zzz=1), lambda: int.from_bytes(b"", zzz=1), lambda: "a".splitlines(zzz=1), lambda: "{}".format_map(zzz=1),
 lambda: dict.fromkeys(zzz=1), lambda: [].sort(zzz=1), lambda: [].index(zzz=1), lambda: "a".expandtabs(zzz=1), lambda: b"a".hex(zzz=1),
 lambda: complex(zzz=1), lambda: complex(real=1, zzz=1), lambda: range(zzz=1), lambda: zip(zzz=1), lambda: map(zzz=1), lambda: filter(zzz=1),
 lambda: pow(zzz=1), lambda: pow(2, zzz=1), lambda: round(zzz=1), lambda: round(1, zzz=1), lambda: divmod(zzz=1), lambda: compile(zzz=1),
 lambda: compile("1", zzz=1), lambda: itertools.islice(zzz=1), lambda: itertools.permutations(zzz=1), lambda: itertools.combinations(zzz=1),
 lambda: itertools.accumulate(zzz=1), lambda: "a".center(zzz=1), lambda: "a".split(sep=" ", zzz=1), lambda: "a".split(" ", sep=" "),
 lambda: b"".split(" ", sep=" "), lambda: "a".encode("utf-8", encoding="x"), lambda: int("1", base=10, zzz=1), lambda: int(x="1"),
 lambda: print(zzz=1), lambda: sum(zzz=1), lambda: sum([], zzz=1), lambda: sum([], 0, start=1), lambda: iter(zzz=1), lambda: next(zzz=1),
 lambda: bool(zzz=1), lambda: tuple(zzz=1), lambda: set(zzz=1), lambda: frozenset(zzz=1), lambda: type(zzz=1), lambda: object(zzz=1),
 lambda: property(zzz=1), lambda: staticmethod(zzz=1), lambda: slice(zzz=1), lambda: reversed(zzz=1), lambda: enumerate(zzz=1, iterable=[]),
 lambda: getattr(zzz=1), lambda: isinstance(zzz=1), lambda: hash(zzz=1), lambda: len(zzz=1), lambda: repr(zzz=1), lambda: format(zzz=1),
 lambda: format(1, zzz=1), lambda: ascii(zzz=1), lambda: chr(zzz=1), lambda: ord(zzz=1), lambda: bin(zzz=1), lambda: abs(zzz=1),
 lambda: min(zzz=1), lambda: any(zzz=1), lambda: callable(zzz=1), lambda: id(zzz=1), lambda: vars(zzz=1), lambda: dir(zzz=1),
 lambda: exec(zzz=1), lambda: eval(zzz=1), lambda: eval("1", zzz=1), lambda: globals(zzz=1), lambda: locals(zzz=1), lambda: setattr(zzz=1),
 lambda: "".join(zzz=1), lambda: "".strip(zzz=1), lambda: "".count(zzz=1), lambda: "".find(zzz=1), lambda: "".zfill(zzz=1),
 lambda: "".translate(zzz=1), lambda: str.maketrans(zzz=1), lambda: "".partition(zzz=1), lambda: "".ljust(zzz=1), lambda: "".removeprefix(zzz=1),
 lambda: [].append(zzz=1), lambda: [].pop(zzz=1), lambda: [].insert(zzz=1), lambda: {}.get(zzz=1), lambda: {}.pop(zzz=1), lambda: {}.setdefault(zzz=1),
 lambda: {}.update(zzz=1), lambda: set().add(zzz=1), lambda: set().union(zzz=1), lambda: (1.5).hex(zzz=1), lambda: float.fromhex(zzz=1),
 lambda: (1).bit_length(zzz=1), lambda: (1).__round__(zzz=1), lambda: (1.5).__round__(zzz=1),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "ok")
    except Exception as e:
        print(i, type(e).__name__, e)
