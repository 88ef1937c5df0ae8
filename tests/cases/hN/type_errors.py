cases = ["1 + 'a'", "'a' + 1", "1.5 - 'x'", "[] * 1.5", "'a' * 2.0", "-'a'", "~1.5", "+[]", "1 < 'a'", "1.0 >= None", "[] < ()", "divmod('a', 1)",
         "1 @ 2", "1 ** 'a'", "pow(1, 2, 'x')", "pow(1.5, 2, 3)", "1 << 1.0", "1.0 >> 1", "1 & 1.0", "1j | 1", "abs('a')", "round('a')", "round(1.5, 'x')",
         "int([])", "float([])", "complex([])", "int(None)", "hash([])", "len(5)", "5()", "None[0]", "(1).x", "(1).real = 5", "del (1).real", "'abc'[1.0]", "'abc'['a']",
         "[1][True:'x']", "(1, 2)[5]", "{}['k']", "{}[[]]", "range(1.5)", "range(0, 10, 0)", "chr(-1)", "chr(1.5)", "ord('ab')", "ord('')", "sum(['a', 'b'])", "sum([[1]], [])",
         "min()", "max([])", "max(1)", "sorted([1, 'a'])", "bin(1.5)", "hex('a')", "oct(None)", "int('12', 1.5)", "bool.__new__(bool, 1, 2)", "bytes(-1)", "bytes('abc')",
         "bytearray(1.5)", "b'a' + 'b'", "'a' + b'b'", "b'%d' % 'x'", "'%d' % 'x'", "'%.2f' % 'x'", "'%c' % 1.5", "'{:d}'.format('x')", "'{:s}'.format(1)", "format(1.5, 'd')",
         "format('a', 'f')", "format([], 'x')", "1 in 5", "'a' in ['a'] in 5", "iter(5)", "next([])", "x = 1; x()", "isinstance(1, 5)", "issubclass(1, int)", "getattr(1, 5)",
         "float.fromhex('xyz')", "int.from_bytes('ab', 'big')", "(1).to_bytes(1, 'middle')", "(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')",
         "divmod(1, 0)", "1 % 0", "1.5 % 0", "5 // 0.0", "0 ** -1.5", "(-1) ** -1", "10 ** -400", "complex(1, 'a')", "'abc'.index('z')", "[1].remove(2)", "().index(1)"]
for c in cases:
    try:
        r = eval(c) if not c.startswith('x =') else exec(c)
        print(c, '->', repr(r))
    except Exception as e:
        print(c, '=>', type(e).__name__, e)
