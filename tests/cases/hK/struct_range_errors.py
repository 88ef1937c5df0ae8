import struct
big = {'b': 2**7, 'B': 2**8, 'h': 2**15, 'H': 2**16, 'i': 2**31, 'I': 2**32, 'l': 2**63, 'L': 2**64, 'q': 2**63, 'Q': 2**64, 'n': 2**63, 'N': 2**64}
for order in ['@', '<', '>', '=']:
    for c, hi in big.items():
        if order != '@' and c in 'nN': continue
        row = []
        for v in [hi, -1, -hi - 1 if c.islower() else -1, 2**64, 2**65, -2**64, -2**65]:
            try: struct.pack(order + c, v); row.append('ok')
            except struct.error as e: row.append(str(e))
            except OverflowError as e: row.append('OverflowError:' + str(e))
        print(order + c, ' | '.join(row))
