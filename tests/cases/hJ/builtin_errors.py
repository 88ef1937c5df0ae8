import math
cases = [
    "len(5)", "len(None)", "int(None)", "int([])", "int('12a')", "int('')", "int(' ')", "int('0x10')",
    "int('10', 2)", "int('1', 1)", "int('1', 37)", "int(1.5, 10)", "int(float('inf'))", "int(float('nan'))",
    "float('abc')", "float('')", "float([])", "float(None)", "abs('a')", "abs(None)", "sorted(1)", "sorted([1,'a'])",
    "'a' + 1", "1 + 'a'", "[] + ()", "() + []", "{} + {}", "{1} + {2}", "'a' * 'b'", "'a' * 1.5", "[1] * 2.0",
    "{[1]: 2}", "{[1]}", "hash([])", "set([[1]])", "{}[[1]]", "None()", "5()", "'abc'()", "[1]()",
    "5[0]", "None[0]", "len[0]", "(lambda: 0)[1]", "{1,2}[0]", "del_item()",
    "[1,2][5]", "(1,2)[5]", "'ab'[5]", "range(3)[5]", "b'ab'[5]", "bytearray(b'a')[3]",
    "[1,2]['a']", "(1,)[1.0]", "'ab'[None]", "{'a':1}['b']", "{(1,2):3}[(1,3)]", "{(1,):3}[(2,)]",
    "{}[()]", "{}[(1,)]", "{}['']", "{}[None]", "{}[1.5]", "{}[frozenset()]",
    "[].pop()", "[1].pop(5)", "{}.pop('x')", "set().pop()", "{}.popitem()", "[].remove(1)", "[1,2].index(3)",
    "'abc'.index('z')", "'abc'.rindex('z')", "(1,2).index(5)", "'abc'.find(1)", "set().remove(3)",
    "math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.acos(2)", "math.factorial(-1)", "math.factorial(1.5)",
    "1/0", "1//0", "1%0", "1.0/0", "1.0//0", "1.0%0", "divmod(1,0)", "divmod(1.0,0)", "pow(0,-1)", "0**-1", "0.0**-1",
    "10**1000*1.0", "2.0**10000", "math.exp(1000)", "float(10**400)", "int('9'*5000)", "(10**400)/3",
    "chr(-1)", "chr(0x110000)", "ord('ab')", "ord('')", "ord(5)", "range(1.5)", "range(1,2,0)",
    "next(iter([]))", "iter(5)", "next(5)", "list(5)", "tuple(None)", "dict(5)", "dict([1])", "dict([(1,2,3)])",
    "a, b = [1]", "a, b = [1,2,3]", "a, *b, c = [1]", "a, b = 5",
    "getattr(1, 'x')", "setattr(1, 'x', 2)", "object().x", "None.foo", "(1).real = 2", "min([])", "max([])", "min(1)",
    "sum(['a','b'])", "sum([1], 'a')", "isinstance(1, 1)", "issubclass(1, int)", "issubclass(int, 1)",
    "round('a')", "round(1.5, 'a')", "divmod('a', 1)", "pow('a', 2)", "pow(2, 3, 0)", "pow(2.0, 3, 5)",
    "'%d' % 'a'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'{}'.format()", "'{0} {2}'.format(1, 2)", "'{x}'.format()",
    "'{:d}'.format('a')", "'{:d}'.format(1.5)", "format(1, 'q')", "'a'.join([1])", "'a'.join(5)",
    "bytes('abc')", "bytes(-1)", "bytearray('a')", "b'a' + 'b'", "'a' + b'b'", "'abc'.encode('nope')",
    "b'\\xff'.decode()", "'\\udc80'.encode()", "memoryview(5)", "complex('x')", "1j < 2j", "1 < 'a'", "[] < ()", "None < None",
    "object() > object()", "{1:2} < {3:4}", "~1.5", "-'a'", "+[]", "1 << -1", "1 >> -1", "1 << 1.0", "2 ** 'a'",
    "[1,2,3][1:2:0]", "slice(1,2,0).indices(5)", "'abc'[::0]", "list(range(3))[::0]",
    "int.from_bytes('a', 'big')", "(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(1).to_bytes(1, 'mid')",
    "str(b'a', 'nope')", "str(1, 'utf-8')", "hex(1.5)", "bin('a')", "oct(None)",
    "vars(1)", "dir(1, 2)", "callable()", "print(sep=1)", "print(end=5)", "open()", "super()",
    "type('A', (1,), {})", "type(1, 2)", "type('A', (), {}, 1)", "zip(1)", "map(len)", "map(len, 1)", "filter(1, 2)", "enumerate(5)", "reversed(5)", "reversed({})",
    "[x for x in 5]", "{**[1]}", "[*5]", "print(*5)", "f(**[])",
]
def f(**k): pass
def del_item():
    d = {}
    del d['k']
for src in cases:
    try:
        exec(src)
        print(src, '-> ok')
    except Exception as e:
        print(src, '->', type(e).__name__, e)
