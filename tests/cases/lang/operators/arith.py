a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a // b, -a % b)
print(a << 2, a >> 1, a & b, a | b, a ^ b, ~a, -a, +a)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 10 - 2 - 3, 100 / 10 / 5, 2 * 3 % 4)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, divmod(-7, 2))
print(1 << 100, (1 << 100) >> 99)
print(True + 1, 3 * 'ab', [0] * 3, (1,) * 2, 'x' * -1)
class M:
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
print(M() @ 1, 1 @ M())
print(0.1 * 3, 1e308 * 10, 2 ** 0.5)
