class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'P({self.x}, {self.y})'
    def __str__(self): return f'({self.x}, {self.y})'
p = P(1, [2, 3])
print('{0.x} {0.y[1]} {0!r} {0!s} {0}'.format(p), '{p.y[0]:>4}'.format(p=p), '{[0]}'.format(['a']), '{0[0][1]}'.format(['xy']))
print('{:>8}'.format(str(p)), f'{p!s:*^12}', f'{p.y!r:>10}', '{0:}'.format(3))
for spec in ['{:>8}', '{:d}', '{!r:5}', '{0.z}', '{0[5]}', '{0[x]}', '{:{}}', '{0:{1}}', '{0:.{1}f}', '{:{}{}}']:
    try:
        print(repr(spec.format(p, 3, 4)))
    except Exception as e:
        print(spec, type(e).__name__, e)
for spec, args in [('{:.{prec}f}', (3.14159,)), ('{:,d}', (1234567,)), ('{:>{w},.2f}', (1234.5,))]:
    print(spec.format(*args, prec=2, w=12))
print('{0:{fill}>{width}}'.format('x', fill='.', width=5), '{:{}^{}}'.format('m', '~', 7), '{!s:^7}'.format(None), '{}'.format(b'x'), '{:10}|{:<10}|{:>10}'.format(1, 2.5, 'a'))
print('{:%Y}'.format(__import__('datetime').date(2024, 1, 2)), '{:%d/%m/%Y %H:%M}'.format(__import__('datetime').datetime(2020, 5, 17, 8, 3)))
print('%-10s|%10s|' % ('left', 'right'), '%3d|%-3d|%03d' % (5, 5, 5), '%.2f%%' % 99.555, '%s and %s' % ('a', 'b'), '%(x)05.1f' % {'x': 2.25})
print('Name: {name:<10} Age: {age:>3} Score: {score:6.2f}'.format(name='Al', age=7, score=93.456))
table = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10, 100)]
print(f"{'item':<10}{'price':>8}{'qty':>5}")
for name, price, qty in table:
    print(f"{name:<10}{price:>8.2f}{qty:>5d}")
print(f"{'total':<10}{sum(p * q for _, p, q in table):>8.2f}")
width = 20
print(f"{'centered':^{width}}|", f"{'=' * 5:>{width // 2}}|", f"{3:0{width // 4}d}")
n = 1234567.891
print(f"{n:,}", f"{n:_.1f}", f"{n:.3e}", f"{n:>15,.2f}", f"{-n:+,.0f}", f"{int(n):,}", f"{int(n):_x}", f"{0.5:.0%}", f"{1/3:.2%}")
print(f"{'nested {braces}'}", f"{{literal}}", f"{'a' if n > 1 else 'b'}", f"{[x * 2 for x in range(3)]}", f"{ {'k': 1}['k'] }", f"{n!r:.5}")
s = 'text'
print(f"{s!r}", f"{s!a}", f"{s:.2}", f"{s:>{len(s) + 2}}", f"{s.upper()=}", f"{len(s)=:03d}")
import decimal
D = decimal.Decimal
print(f"{D('1234.5678'):,.2f}", f"{D('0.1') + D('0.2')}", f"{D('-0'):f}", f"{D('1e-10'):f}", f"{D('123.456'):e}", f"{D(1) / D(3):.5}", f"{D('12345'):>10}")
print(format(1e100, ','), format(1e16, ',.0f'), format(123456.789, ',g'), format(-0.0001, ',.2e'), format(1234, '+08,d'), format(12345678, '0=+15_d'), format(0, '#x'), format(-1, '#b'))
