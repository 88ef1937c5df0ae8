from decimal import Decimal as D
for v in [D('-0.0001'), D('-0'), D('12.5'), D('NaN')]:
  for s in ['00', '05', '005', '0', '10', '010', 'z ', 'z_>', 'z<z+', ' z', '+z', 'zz', '<z', 'z<', '0z5', '.0', '.00', '.01', '5.010f', 'z', 'zf', '+z0', '*^z10', '*^10z', 'z.1f', '+z.0f', 'z=10', '=z10', '0=10', 'z010.1f', ',', '0,', '010,.2f']:
    try: print(repr(s), repr(format(v, s)))
    except Exception as e: print(repr(s), e)
