vals = [0, 1, -1, 255, 2**70, -2**70, 0.0, -0.0, 1.5, -2.25, 1e100, 1e-7, 123456.789, float('inf'), float('-inf'), float('nan'), True, 3+4j, -1.5-0j]
specs = ['', 'd', 'x', 'X', '#x', 'o', '#o', 'b', '#b', 'c', 'n', 'e', 'E', '.2e', 'f', '.0f', '#.0f', 'F', 'g', '.3g', '#g', 'G', '%', '.1%', ',', '_', ',.2f', '_x', '_b', '+', ' ', '-', '=+10', '010', '<10', '>10', '^10', '*^10', '0<5', '+08.2f', '#010x', '10.3', '.5', '=10', ' =8', 'z.1f', '#', ',d', '_o', '.2', 's', '010,', '+,']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(repr(v), '|'.join(out))
for s in ['', 's', '>5', '<5', '^5', '.1', '5.2', '=5', '+', 'd', ',', '#', '05', 'x<3']:
    try: print(repr(s), repr(format('ab', s)))
    except ValueError as e: print(repr(s), e)
