class C:
    def __str__(self): return 'str'
    def __repr__(self): return 'repr'
    def __format__(self, spec): return 'fmt' + spec
c = C()
print(f'{c}', f'{c!s}', f'{c!r}', f'{c!a}', f'{c:x}', f'{c!s:>5}')
print(f'{"é"!a}', f'{"é"!r}')
print(f'{None}', f'{True:>6}', f'{1.5!r}')
