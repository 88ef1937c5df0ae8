from decimal import Decimal
from fractions import Fraction
import datetime
x = 'hi'; w = 8; n = 3.14159; d = {'k': 'v', "q": 1}
print(f"{x!r:^{w}}|{x:>{w}}|{n:{w}.{2}f}|{n:.{1+1}e}|{d['k']}|{d["q"] if False else 0}" if False else f"{x!r:^{w}}|{x:>{w}}|{n:{w}.{2}f}|{n:.{1+1}e}|{d['k']}")
print(f'{ x = }', f'{x=}', f'{x=!s}', f'{n=:.2f}', f'{1+1 = }', f'{x!a}', f"{'é'!a}", f'{x=!r:>10}')
print(f'{{x}}', f'{{{x}}}', f'}}{{', f'{x}}}', f'{{{{', f'{"{"}')
print(f'{Decimal("1.10"):f}', f'{Decimal("1.255"):.2f}', f'{Decimal("-0"):+}', f'{Decimal("1e10"):,}', f'{Decimal("12345.6789"):,.2f}', f'{Decimal(1)/3:.5}')
print(f'{Fraction(1, 3)}', f'{Fraction(7, 2)!r}', f'{float(Fraction(1, 3)):.3f}', format(Fraction(1, 3), '') )
dt = datetime.datetime(2024, 2, 29, 13, 5, 9, 1234)
print(f'{dt:%Y-%m-%d %H:%M:%S.%f}', f'{dt:%a %b %d %j %p %I}', f'{dt.date()}', f'{dt!r}', f'{dt:}', f'{datetime.date(2020, 1, 5):%A %U %W}', f'{datetime.timedelta(days=-1, seconds=5)}')
print(f'{3:{"<"}{5}}|', f'{"abc":{"*"}^{9}}', f'{42:#{"x"}}', f'{-42:{" "}>+8}')
print(f'''{'a' "b"}''', f"""{x + "'"}""", f'{x}' f'{x}' 'lit' f"{1}", rf'\n{x}', fr'{x}\t', F'{x}', Rf'{x}\d')
print(f'{[1, 2][0]}', f'{(lambda: 5)()}', f'{ {1: 2}[1] }', f'{x.upper()}', f'{n:{"."}{3}}', f'{3.0!s:>5}')
class C:
    def __format__(self, spec): return 'C<' + spec + '>'
    def __repr__(self): return 'Crepr'
print(f'{C()}', f'{C():abc}', f'{C()!r}', f'{C():{w}x}', format(C(), 'zz'), '{:q}'.format(C()), '{0!r:>8}'.format(C()))
for fs in ['{0} {}', '{} {1}', '{0[}', '{0.}', '{!x}', '{:>{}{}}', '{0:{1:{2}}}', '{a.b}', '{1}', '{', '}', '{0!}', '{0:d}', '{:s}']:
    try:
        print(repr(fs), repr(fs.format('a', 'b', 'c')))
    except Exception as e:
        print(repr(fs), type(e).__name__, e)
class P: attr = [10, 20]
print('{0.attr[1]} {0.attr} {1[k]} {1[q]}'.format(P, d), '{k}'.format_map(d), '{0[-1]}'.format({'-1': 'neg'}), '{0[0]}'.format('xyz'))
print('{:{}}'.format(3, 5), '{0:{1}.{2}f}'.format(3.14159, 10, 3), '{!r:>10}'.format('s'), '{:%}'.format(0.25), '{:,}'.format(10**12))
try:
    '{0[0]}'.format({})
except Exception as e:
    print(type(e).__name__, e)
try:
    '{0.nope}'.format(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    '{x}'.format(y=1)
except Exception as e:
    print(type(e).__name__, repr(e))
try:
    '{0:{1:{2:{3}}}}'.format(1, 2, 3, 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    f'{n:{w}{w}{w}.{w}}'
except Exception as e:
    print(type(e).__name__, e)
try:
    format(3, '{}')
except Exception as e:
    print(type(e).__name__, e)
