exprs = ["'x' * 2**40", "[0] * 2**40", "'ab'.center(2**40)", "'ab'.ljust(2**40)", "'a'.zfill(2**40)", "b'x' * 2**40", "bytearray(2**40)", "bytes(2**40)",
         "'{:{}}'.format(1, 2**40)", "list(range(2**40))", "(1,) * 2**40", "[None] * 2**40", "'x' * 2**64", "[1] * 2**64", "(1,) * -2**64",
         "'%*d' % (2**40, 1)", "'%.*f' % (2**40, 1.5)", "format(1, '1099511627776')", "format(1.5, '.1099511627776f')", 
         "b'ab'.center(2**40)", "'a'.expandtabs(2**40)", "'\\t'.expandtabs(2**31)", "range(2**40)[2**39]", "[1, 2][2**40:]", "'abc'[2**40]", "(2**40) * 'ab'", "bytes(range(3)) * 2**62"]
for e in exprs:
    try:
        r = eval(e)
        print(e, 'len', len(r) if hasattr(r, '__len__') else r)
    except Exception as x:
        print(e, type(x).__name__, x)
