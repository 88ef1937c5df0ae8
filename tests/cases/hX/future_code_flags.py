from __future__ import annotations
import sys
def f(): pass
class C:
    def m(self): pass
g = lambda: 0
print(hex(f.__code__.co_flags), hex(C.m.__code__.co_flags), hex(g.__code__.co_flags), hex(sys._getframe().f_code.co_flags))
print(hex(compile('x', 'c', 'eval').co_flags), hex(compile('x', 'c', 'eval', dont_inherit=True).co_flags))
