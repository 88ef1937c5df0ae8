def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
print(ackermann(3, 3))
import sys
sys.setrecursionlimit(60)
print(ackermann(2, 30))
