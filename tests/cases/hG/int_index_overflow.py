class I(int): pass
class U:
    def __index__(self): return -2**65
for f in [lambda: 'ab' * -2**65, lambda: 'ab' * I(2**65), lambda: [1][I(2**65)], lambda: 'ab' * U(), lambda: [1][U()], lambda: [1]*U(), lambda: b'x'*I(-2**66), lambda: (1,)[I(-2**65)], lambda: bytearray(b'x') * U(), lambda: U() * b'x', lambda: str.__mul__('a', U()), lambda: [1] * -2**65, lambda: (1,) * 2**65, lambda: 2**65 * [1]]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
