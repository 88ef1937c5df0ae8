ops = ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@=']
vals = [1, 1.5, 1j, 'a', b'a', [1], (1,), {1: 2}, {1}, frozenset(), None, True, bytearray(b'a'), range(1)]
for op in ops:
    seen = set()
    for a in vals:
        for b in [1, 'a', [1], None, {2}, 2.0]:
            ns = {'x': a if not isinstance(a, (list, dict, set, bytearray)) else a.copy(), 'b': b}
            try:
                exec(f'x {op} b', ns)
                r = repr(ns['x'])
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            print(op, repr(a), repr(b), r)
