import random
random.seed(41)
samples = {
    str: lambda: 'a,b c',
    bytes: lambda: b'a,b c',
    bytearray: lambda: bytearray(b'a,b c'),
    list: lambda: [3, 1, 2],
    tuple: lambda: (3, 1, 2),
    dict: lambda: {'a': 1, 'b': 2},
    set: lambda: {1, 2, 3},
    frozenset: lambda: frozenset({1, 2}),
    int: lambda: 42,
    float: lambda: 2.5,
    complex: lambda: 1 + 2j,
    range: lambda: range(5),
}
argpool = [0, 1, -1, 'a', b'a', None, [1], (1,), 2.5, {'a': 1}, ',', 'big', True]
for tp, mk in samples.items():
    names = sorted(n for n in dir(tp) if not n.startswith('_') or n in ('__getitem__', '__len__', '__add__', '__eq__', '__lt__', '__round__', '__reversed__'))
    for name in names:
        for nargs in range(4):
            args = [random.choice(argpool) for _ in range(nargs)]
            obj = mk()
            try:
                m = getattr(obj, name)
                if not callable(m):
                    print(tp.__name__, name, 'attr', repr(m))
                    break
                r = m(*args)
                if tp in (set, frozenset) and isinstance(r, (set, frozenset)):
                    r = sorted(r, key=repr)
                if hasattr(r, '__next__') or type(r).__name__.endswith(('iterator', 'keys', 'values', 'items')):
                    r = type(r).__name__
                print(tp.__name__, name, args, repr(r))
            except Exception as e:
                print(tp.__name__, name, args, type(e).__name__, e)
