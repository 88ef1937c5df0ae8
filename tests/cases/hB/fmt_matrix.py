from decimal import Decimal
fills = ['', 'x', '0', '{']
aligns = ['', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
alts = ['', '#']
zeros = ['', '0']
widths = ['', '9']
groups = ['', ',', '_']
precs = ['', '.0', '.2']
types_ = ['', 'b', 'c', 'd', 'e', 'E', 'f', 'F', 'g', 'G', 'n', 'o', 's', 'x', 'X', '%']
vals = [0, -42, 123456789, 2**70, 1.0, -1234.5678, 1e-9, float('-inf'), float('nan'), -0.0, 1+2j, Decimal('-1234.5'), Decimal('0.00'), 'ab', True]
n = 0
for v in vals:
    for fi in fills:
        for al in aligns:
            if fi and not al:
                continue
            for sg in signs:
                for alt in alts:
                    for z in zeros:
                        for w in widths:
                            for g in groups:
                                for p in precs:
                                    for t in types_:
                                        spec = fi + al + sg + alt + z + w + g + p + t
                                        n += 1
                                        if n % 41 and not (isinstance(v, Decimal) and g and t == 'n'):
                                            continue
                                        try:
                                            r = repr(format(v, spec))
                                        except Exception as e:
                                            r = type(e).__name__ + ': ' + str(e)
                                        print(repr(v), repr(spec), r)
print(n)
