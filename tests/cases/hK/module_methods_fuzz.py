import collections, collections.abc, itertools, random, re, io, array, struct, decimal, fractions, json, string, functools, operator, heapq
rng = random.Random(9); random.seed(0)
pool = [None, 0, 1, -1, 2, 2.5, 'abc', '', 'a', b'xy', [], [3, 1, 2], (1, 2), {}, {'a': 1}, {1, 2}, 10**20, True, 1j, float('nan'), range(3), 'i', -10**20]
def makers():
    return [
        ('deque', lambda: collections.deque([1, 2, 3], maxlen=rng.choice([None, 3, 5])), ['append', 'appendleft', 'pop', 'popleft', 'extend', 'extendleft', 'rotate', 'insert', 'index', 'count', 'remove', 'clear', 'copy', 'reverse', '__getitem__', '__setitem__', '__delitem__', '__contains__', '__add__', '__mul__', '__imul__', '__iadd__', '__eq__', '__lt__']),
        ('Counter', lambda: collections.Counter('abracadabra'), ['most_common', 'elements', 'subtract', 'update', 'total', '__getitem__', '__add__', '__sub__', '__or__', '__and__', '__le__', 'get', 'pop', 'setdefault', 'fromkeys', '__delitem__', 'copy']),
        ('OrderedDict', lambda: collections.OrderedDict(a=1, b=2), ['move_to_end', 'popitem', 'pop', 'setdefault', 'update', 'get', '__getitem__', '__delitem__', '__eq__', '__or__', '__ior__', 'fromkeys', 'keys']),
        ('defaultdict', lambda: collections.defaultdict(list, a=[1]), ['__getitem__', '__missing__', 'get', 'pop', '__or__', 'copy', 'setdefault']),
        ('ChainMap', lambda: collections.ChainMap({'a': 1}, {'b': 2}), ['__getitem__', 'get', 'new_child', 'pop', '__delitem__', 'popitem', '__setitem__', '__or__']),
        ('str', lambda: 'Hello World', ['split', 'rsplit', 'center', 'ljust', 'zfill', 'find', 'index', 'count', 'replace', 'startswith', 'endswith', 'encode', 'expandtabs', 'partition', 'join', 'strip', 'translate', 'format', '__mod__', '__getitem__', 'splitlines', 'removeprefix']),
        ('list', lambda: [3, 1, 2], ['index', 'count', 'insert', 'pop', 'remove', 'sort', 'extend', '__getitem__', '__setitem__', '__delitem__', '__mul__', '__add__', '__contains__']),
        ('dict', lambda: {'a': 1, 'b': 2}, ['get', 'pop', 'popitem', 'setdefault', 'update', 'fromkeys', '__getitem__', '__or__', '__ior__']),
        ('bytes', lambda: b'hello', ['split', 'find', 'index', 'count', 'replace', 'decode', 'hex', 'fromhex', '__getitem__', 'join', 'center', 'startswith', '__mod__']),
        ('array', lambda: array.array('i', [1, 2, 3]), ['append', 'extend', 'insert', 'pop', 'remove', 'index', 'count', 'frombytes', 'fromlist', 'tolist', 'tobytes', '__getitem__', '__setitem__', '__mul__', '__add__', 'byteswap', 'fromunicode']),
        ('Pattern', lambda: re.compile(r'(\w)(\d)?'), ['match', 'search', 'fullmatch', 'findall', 'finditer', 'sub', 'subn', 'split', 'scanner']),
        ('Match', lambda: re.match(r'(?P<x>a)(b)?', 'ab'), ['group', 'groups', 'groupdict', 'start', 'end', 'span', 'expand', '__getitem__']),
        ('StringIO', lambda: io.StringIO('ab\ncd\n'), ['read', 'readline', 'readlines', 'write', 'seek', 'tell', 'truncate', 'writelines', 'getvalue']),
        ('BytesIO', lambda: io.BytesIO(b'ab\ncd\n'), ['read', 'readline', 'readlines', 'write', 'seek', 'tell', 'truncate', 'read1', 'readinto']),
        ('Decimal', lambda: decimal.Decimal('1.5'), ['quantize', 'compare', 'max', 'fma', 'scaleb', 'to_integral_value', '__round__', '__add__', '__pow__', 'sqrt', '__format__', 'copy_sign', 'rotate']),
        ('Fraction', lambda: fractions.Fraction(3, 4), ['limit_denominator', '__round__', '__add__', '__pow__', '__floordiv__', '__mod__', '__eq__', '__lt__', 'from_float', 'from_decimal']),
        ('Struct', lambda: struct.Struct('<hi'), ['pack', 'unpack', 'unpack_from', 'iter_unpack', 'pack_into']),
        ('int', lambda: 255, ['to_bytes', 'from_bytes', '__round__', 'bit_length', '__format__', '__pow__', '__truediv__', '__lshift__']),
        ('float', lambda: 2.5, ['__round__', 'hex', 'fromhex', 'is_integer', '__format__', '__pow__', '__mod__', '__divmod__']),
        ('set', lambda: {1, 2, 3}, ['add', 'remove', 'discard', 'pop', 'union', 'issubset', '__or__', '__sub__', 'update', 'difference_update', 'isdisjoint']),
        ('tuple', lambda: (1, 2, 1), ['index', 'count', '__getitem__', '__add__', '__mul__', '__lt__']),
        ('range', lambda: range(1, 10, 2), ['index', 'count', '__getitem__', '__contains__']),
    ]
def show(x):
    if isinstance(x, (set, frozenset)): return 'set' + repr(sorted(x, key=repr))
    r = repr(x)
    if ' at 0x' in r: r = type(x).__name__
    return r[:100]
ms = makers()
for i in range(2500):
    name, mk, meths = rng.choice(ms)
    obj = mk()
    m = rng.choice(meths)
    if m.startswith('__') or (name == 'Pattern' and m in ('sub', 'subn')): continue
    args = [rng.choice(pool) for _ in range(rng.choice([0, 1, 1, 2, 2, 3]))]
    if m in ('__pow__', '__lshift__', '__mul__', '__imul__', 'center', 'ljust', 'zfill', 'expandtabs', 'rotate', 'to_bytes', 'limit_denominator', 'scaleb', '__round__') and any(isinstance(a, int) and abs(a) > 1000 for a in args):
        continue
    try:
        r = getattr(obj, m)(*args)
        if isinstance(r, collections.abc.Iterator): r = list(itertools.islice(r, 5))
        print(i, name, m, [show(a) for a in args], 'OK', show(r), show(obj) if name not in ('Match', 'Pattern') else '')
    except Exception as e:
        msg = str(e)
        if ' at 0x' in msg: msg = msg.split(' at 0x')[0]
        # argument-count wording of slot wrappers is not compared here
        if isinstance(e, TypeError) and re.search(r'argument|given|takes', msg): msg = '<arity>'
        print(i, name, m, [show(a) for a in args], type(e).__name__, msg[:150].replace('\n', ' '))
