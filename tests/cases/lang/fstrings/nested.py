items = ['a', 'b']
d = {'key': 'value'}
print(f'{", ".join(items)}')
print(f'{d["key"]}', f"{d['key']}")
print(f'{f"{1 + 1}"}', f'{f"{f"{3}"}"}' if False else f'''{f"{f'{3}'}"}''')
print(f'{(lambda: 7)()}', f'{[i for i in range(3)]}', f'{ {1: 2} }')
print(f'{(x := 10)} {x}')
print(f'{3 if True else 4}', f'{"yes" if items else "no"}')
print(f'{items[0]!r}{items[-1]:>3}')
a = 1
print(f'{a}{a}{a}', f'{a:{a}}')
print(f'''multi
{a}
line''')
print(f'{a:#{a}x}')
