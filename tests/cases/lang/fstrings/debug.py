x, name = 5, 'abc'
print(f'{x=}', f'{x = }', f'{x=:>4}', f'{name=!s}', f'{name=}')
print(f'{x + 1=}', f'{x*2 = :5}', f'{name.upper()=}')
print(f'{x=!r:^7}')
print(f'{ x = }')
