import types
def g():
    yield 1
samples = [len, iter([]), iter(()), {}.keys(), {}.values(), {}.items(), g(), iter(""), iter(range(3)),
           iter({}), iter(set()), iter(b""), iter(bytearray()), reversed([]), iter({}.items()),
           [].append, int.__add__, (1).__add__, object.__init__, str.join, (x for x in [])]
for s in samples:
    cls = type(s)
    for args in [(), (1,), (s,)]:
        try:
            cls(*args)
            print(cls.__name__, "created?")
        except TypeError as e:
            print(cls.__name__, len(args), e)
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print("ValueError", e)
c.cell_contents = 5
print(c.cell_contents, types.CellType(7).cell_contents, types.CellType(None).cell_contents)
for bad in [(1, 2)]:
    try:
        types.CellType(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    types.CellType(x=1)
except TypeError as e:
    print("TypeError", e)
for ok in [enumerate, zip, map, filter, reversed]:
    try:
        r = ok([1]) if ok not in (map, filter) else ok(None if ok is filter else str, [1])
        print(ok.__name__, list(r))
    except TypeError as e:
        print(ok.__name__, e)
try:
    class X(type(iter([]))):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Y(type(len)):
        pass
except TypeError as e:
    print("TypeError", e)
