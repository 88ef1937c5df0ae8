import math
cases = [
    "int('3.14')", "int('1e5')", "int('  12  ')", "int('1_000')", "int('_1')", "int('1__0')", "int('٣')", "int('0b101', 0)", "int('0b101', 2)",
    "int('010', 0)", "int('0o17', 8)", "int('z' * 300)", "int('12' * 30, 5)", "int(b'12')", "int(b'1x')", "int(bytearray(b'7'))", "int('\\x00')",
    "float('1.5.2')", "float('inf')", "float('-nan')", "float('1_0.5')", "float('0x10')", "float(' 3 ')", "float('1e400')", "float('e')",
    "float('abc' * 40)", "complex('1+2j+3')", "complex('(1+2j')", "complex(1, 'a')", "complex('1', 2)",
    "math.sqrt(-0.0)", "math.log(0.0)", "math.log(1, 1)", "math.log(2, 0)", "math.log10(-5)", "math.asin(1.5)", "math.atanh(1)",
    "math.pow(0, -1)", "math.pow(-8, 1/3)", "math.fmod(1, 0)", "math.gcd(1.5, 2)", "math.comb(-1, 2)", "math.perm(3, -1)", "math.isqrt(-4)",
    "math.factorial(1000) > 0", "math.ceil(float('inf'))", "math.floor(float('nan'))", "round(float('inf'))", "round(float('nan'))",
    "math.trunc('x')", "math.ldexp(1.0, 10**6)", "math.exp(710)", "math.cosh(1000)", "math.dist([1], [1, 2])", "math.prod(5)",
    "(2**1100) * 1.0", "float(2**1100)", "2.0 ** 5000", "(-8) ** 0.5", "10 ** -2000", "1e308 * 10", "int(1e308) * 10 ** 10 > 0",
    "(1).__truediv__(0)", "divmod(5, 0.0)", "5 % 0.0", "0 ** -1.0", "0.0 ** -2", "pow(2, -1, 5)", "pow(2, -1, 4)", "pow(2, 3, 1.5)",
    "round(1.5, None)", "round(12345, -2)", "round(1e300, -400)", "'abc'.center(5, 'xy')", "'abc'.split('')", "'a,b'.split(',', 'x')",
    "'abc'.replace('', '-', 'x')", "'{:>{}}'.format('a', 'x')", "'{:.{}f}'.format(1.5, -1)", "'{:,d}'.format('a')", "'{:q}'.format(1)",
    "'{:s}'.format(5)", "'{:d}'.format(5.0)", "'{:c}'.format(-1)", "'{:c}'.format('ab')", "'{:=s}'.format('a')", "'{:,s}'.format('a')",
    "'{:.3d}'.format(5)", "'{:#s}'.format('x')", "'{0:{1}}'.format(1)", "'{0[0]}'.format([])", "'{0.x}'.format(1)", "'{0!r:}'.format(1)",
    "'{a.b}'.format(a=1)", "'{'.format()", "'}'.format()", "'{0}{}'.format(1, 2)", "'{}{0}'.format(1, 2)", "'%(a)s %s' % {'a': 1}",
    "'%z' % 1", "'%' % ()", "'%(a)s' % 5", "'%c' % 'ab'", "'%c' % -1", "'%.*f' % ('a', 1.0)", "'%d' % (1, 2)", "'%s' % ()", "'%x' % 1.5",
    "'%i' % '3'", "'%o' % 3.0", "f'{1:abc}'", "f'{\"x\":d}'", "f'{3.5:d}'", "format(3, '.2s')", "format('a', 'd')", "format(1.5, 'x')",
    "format(1j, 'd')", "format(None, 'd')", "format([], 's')", "format(object(), 'x')", "bytes([256])", "bytes([-1])", "bytes(['a'])",
    "bytearray([300])", "b'%d' % 'a'", "b'%s' % 'a'", "b'abc'.decode('ascii', 'bogus')", "'é'.encode('ascii')", "b'\\xe9'.decode('ascii')",
    "'abc'.encode('utf-8', 'nope')", "'\\ud800'.encode('utf-8')", "bytes.fromhex('zz')", "bytes.fromhex('abc')", "int.from_bytes(b'a', 'lil')",
    "list(range(10))[::0]", "[1, 2, 3].insert('a', 1)", "[1].index(1, 'a')", "'abc'.startswith(1)", "'a'.ljust(-1)", "'abc'.zfill('a')",
    "'x' * (2**62)", "[0] * (2**62)", "range(2**63)[0]", "len(range(2**64))", "chr(2**40)", "hex(2**64 + 0.5)",
    "sorted([1, 2], key=5)", "sorted([3, 1], reverse='x')", "[3, 1].sort(1)", "min([], default=5)", "max(1, 2, key=len)", "min(1, 2, default=0)",
    "dict.fromkeys(5)", "{}.update(5)", "{}.update([1])", "{}.update([(1, 2, 3)])", "{}.setdefault()", "set([1]).update(5)", "frozenset(5)",
    "list.append([], 1, 2)", "str.upper(5)", "str.join(',', 5)", "int.__add__('a', 1)", "tuple.index((1,), 2)", "dict.get({}, )",
]
for c in cases:
    try:
        r = eval(c)
        print(c, '->', repr(r)[:60])
    except Exception as e:
        print(c, '->', type(e).__name__, str(e)[:200])
