class T:
    def __trunc__(self): return 7
print(int(T()))
class I:
    def __int__(self): return 5
import math
try:
    print(math.floor(I()))
except TypeError as e:
    print(e)
class Idx:
    def __index__(self): return 3
print(float(Idx()), complex(Idx()) if False else 0, [0,1,2,3,4][Idx()], int(Idx()))
class BadInt:
    def __int__(self): return True
print(int(BadInt()))
class BadFloat:
    def __float__(self): return 1
try:
    print(float(BadFloat()))
except TypeError as e:
    print(e)
print((5).to_bytes(), int.from_bytes(b'\x01\x00'), (65).to_bytes(2, 'little'), (-1).to_bytes(2, signed=True))
print(float.fromhex('  0X1.FFFFFFFFFFFFFp+1023  '), float.fromhex('1'), float.fromhex('-inf'), float.fromhex('0x.8'), float.fromhex('0x1p-1075'), float.fromhex('0x1.00000000000008p0'))
try:
    float.fromhex('0x1p1024')
except OverflowError as e:
    print(e)
import warnings
warnings.warn('top level warning')
warnings.warn('dep', DeprecationWarning)
warnings.warn('user', UserWarning, stacklevel=1)
def inner():
    warnings.warn('from inner', RuntimeWarning, stacklevel=2)
inner()
print(True is not False, 1 + True)
x = 3
print(x is 3)
1/0
