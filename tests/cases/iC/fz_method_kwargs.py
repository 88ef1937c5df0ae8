import random
random.seed(42)
samples = {
    str: lambda: 'a,b c\td',
    bytes: lambda: b'a,b c\td',
    bytearray: lambda: bytearray(b'a,b c'),
    list: lambda: [3, 1, 2],
    tuple: lambda: (3, 1, 2),
    dict: lambda: {'a': 1, 'b': 2},
    set: lambda: {1, 2, 3},
    int: lambda: 42,
    float: lambda: 2.5,
}
kwnames = ['sep', 'maxsplit', 'key', 'reverse', 'start', 'end', 'default', 'keepends', 'encoding', 'errors', 'width', 'fillchar',
           'chars', 'byteorder', 'signed', 'length', 'x', 'base', 'iterable', 'count', 'old', 'new', 'prefix', 'suffix', 'sub',
           'tabsize', 'table', 'bytes_per_sep', 'ndigits', 'index', 'object', 'value', 'other', 'elem', 'bogus']
kwvals = {'sep': ',', 'maxsplit': 1, 'key': len, 'reverse': True, 'start': 1, 'end': 3, 'default': 0, 'keepends': True,
          'encoding': 'ascii', 'errors': 'ignore', 'width': 9, 'fillchar': '*', 'chars': 'a', 'byteorder': 'little', 'signed': True,
          'length': 3, 'x': 'a', 'base': 10, 'iterable': 'ab', 'count': 1, 'old': 'a', 'new': 'z', 'prefix': 'a', 'suffix': 'd',
          'sub': 'b', 'tabsize': 2, 'table': {97: 'A'}, 'bytes_per_sep': 2, 'ndigits': 1, 'index': 0, 'object': 5, 'value': 1,
          'other': 'q', 'elem': 1, 'bogus': 0}
for tp, mk in samples.items():
    names = sorted(n for n in dir(tp) if not n.startswith('_'))
    for name in names:
        for trial in range(3):
            ks = random.sample(kwnames, random.randint(1, 2))
            if random.random() < 0.5:
                ks[0] = random.choice(['sep', 'maxsplit', 'key', 'reverse', 'start', 'end', 'width', 'fillchar', 'keepends', 'sub', 'old', 'count', 'byteorder', 'length', 'tabsize'])
            kw = {k: kwvals[k] for k in ks}
            if tp in (bytes, bytearray):
                kw = {k: (v.encode() if isinstance(v, str) and k not in ('encoding', 'errors', 'byteorder') else v) for k, v in kw.items()}
            nargs = random.randint(0, 1)
            args = [random.choice(['a', 1, b'a'])][:nargs]
            obj = mk()
            try:
                m = getattr(obj, name)
                if not callable(m):
                    break
                if type(tp.__dict__.get(name)).__name__ == 'method_descriptor':
                    # unbound, as obj.name(...) calls it (a bound method object names
                    # METH_VARARGS methods without their type in the keyword error)
                    r = getattr(tp, name)(obj, *args, **kw)
                else:
                    r = m(*args, **kw)
                if tp is set and isinstance(r, set):
                    r = sorted(r)
                print(tp.__name__, name, args, sorted(kw), repr(r))
            except Exception as e:
                print(tp.__name__, name, args, sorted(kw), type(e).__name__, e)
