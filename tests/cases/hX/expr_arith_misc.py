# misc probes
class A:
    def __eq__(self, o): return 'eqres'
print(A() == 1, A() != 1, 1 == A(), [A()] == [1], A() in [1])
class B:
    def __ne__(self, o): return 'neres'
print(B() != 1, B() == B())
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
try:
    bool(NotImplemented)
except Exception as e: print(type(e).__name__, e)
import warnings
warnings.simplefilter('error')
try:
    print(bool(NotImplemented))
except Exception as e: print(type(e).__name__, e)
warnings.resetwarnings()
print(1 < 2 > 1 == 1 != 2 is not None in [None])
print(not 1 == 2, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, -1 ** 0.5)
print(10 // -3, 10 % -3, -10 // 3, -10 % 3, 10.5 // 3, -10.5 % 3, divmod(-7, 2), divmod(7.5, -2))
print(1 << 100, -1 >> 100, 5 & -2, ~5 | 3, 6 ^ -3)
try: 1 << -1
except ValueError as e: print(e)
try: 1 >> -1
except ValueError as e: print(e)
try: 1 // 0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 // 0
except ZeroDivisionError as e: print(e)
try: 1.0 % 0.0
except ZeroDivisionError as e: print(e)
try: divmod(1.0, 0)
except ZeroDivisionError as e: print(e)
try: 0 ** -1
except ZeroDivisionError as e: print(e)
try: 0.0 ** -1
except ZeroDivisionError as e: print(e)
try: 1j / 0
except ZeroDivisionError as e: print(e)
try: 10 ** 10.0 ** 10
except OverflowError as e: print(e)
print((-8) ** (1/3), 2 ** 0.5, pow(-2, 0.5), pow(3, -2, 7), pow(2, 10, -3))
try: pow(2, -1, 4)
except ValueError as e: print(e)
try: pow(2.0, 1, 3)
except TypeError as e: print(e)
try: pow(2, 1, 0)
except ValueError as e: print(e)
print(True + True, True * 3, -True, ~True, True / 2, True // 1, True & False, True | 2, True ^ True)
print(1 == 1.0 == 1+0j, hash(1) == hash(1.0) == hash(1+0j), 0.1 + 0.2 == 0.3)
print([] is [], () is (), 'a' is 'a' if False else '')
x = [1, 2]
print(x is x, x is not x[:], None is None)
print(1 and 2, 0 and 2, 1 or 2, 0 or '', '' or [] or 0, not [], not [0])
print(3 if 0 else 4 if 0 else 5, (lambda: (yield))().__class__.__name__)
print([1, 2, 3][::-1], [1, 2, 3][-1:-4:-1], 'hello'[1:100], 'hello'[-100:2], [1,2,3][5:], (1,2,3)[::2])
try: [1][::0]
except ValueError as e: print(e)
print('abc'[slice(None, None, -1)], slice(1, 2, 3), slice(1).indices(5), slice(-1, None, -2).indices(10))
