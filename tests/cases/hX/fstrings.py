x = 10; name = 'Bob'; items = [1, 2, 3]
print(f'{x}', f'{x!r}', f'{name!r}', f'{name!s}', f'{name!a}', f'{"é"!a}')
print(f'{x=}', f'{x = }', f'{x=!s}', f'{name=}', f'{x*2=}', f'{x=:5}', f'{name = !r:>10}')
print(f'{x:>{x}}|', f'{3.14159:.{2}f}', f'{x:{"<"}{5}}|')
print(f'{{}}', f'{{{x}}}', f'}}{{')
print(f'{items[0]}', f"{ {'a': 1}['a'] }", f'{(lambda: 5)()}')
print(f'{x:#x}', f'{x:08b}', f'{x:,}', f'{1234567:_}', f'{0.5:%}', f'{12:e}')
print(f'''{
x
}''')
print(f'{x!r:>5}|', f'{name:^9}|', f'{name:*^9}|')
print(f'{"nested {}"}', f'{f"{x}"}', f'''{f"{f'{x}'}"}''')
print(f'{x if x else 0}', f'{[i for i in range(3)]}')
print(f'{3!r:}', f'{"a" "b"}')
import datetime
d = datetime.date(2020, 1, 2)
print(f'{d:%Y/%m/%d}', f'{d}', f'{d!r}')
class C:
    def __format__(self, spec): return 'fmt<' + spec + '>'
    def __repr__(self): return 'C()'
    def __str__(self): return 'strC'
print(f'{C()}', f'{C():abc}', f'{C()!r}', f'{C()!s:>6}', f'{C():{x}}')
for src in ["f'{}'", "f'{x!z}'", "f'{'", "f'}'", "f'{x:{y:{z}}}'", "f'{x!}'", "f'{!r}'", "f'{x=!}'", "f'{#}'", "f'{a b}'", "f'{x:'", "f'{lambda x: 1}'", "f'\\{x}'" ]:
    try:
        print(repr(eval(src, {'x': 1, 'y': 2, 'z': 3})))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
    except Exception as e:
        print(type(e).__name__, e)
try:
    f'{x:abc}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{name:d}'
except ValueError as e:
    print('ValueError', e)
print(f'{"x":\x3e5}')
print(f'{x!r:{"^"}7}')
print(F'{x}', rf'\{x}', f'\t{x}\n'.strip())
