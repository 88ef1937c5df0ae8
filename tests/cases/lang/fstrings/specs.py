width, prec, fill = 12, 3, '*'
v = 3.14159265
print(f'{v:{width}}|{v:{width}.{prec}}|{v:{fill}>{width}.{prec}f}|')
print(f'{"s":{fill}^{width}}')
print(f'{42:{"x"}}', f'{255:{"#x"}}')
class D:
    def __format__(self, spec):
        return '<' + spec + '>'
print(f'{D():abc}', f'{D():}', f'{D()!s:>5}' if False else f'{D():{width}}')
print(f'{[1, 2]!r:>10}')
print(f'{"a"!r:^9}')
