# __int__/__index__/__float__/__complex__/__trunc__ results and the warnings CPython gives
import warnings
warnings.simplefilter('always')
class B(int):
    pass
class FF(float):
    pass
def mk(**meths):
    return type('X', (), {k: (lambda v: lambda self: v)(v) for k, v in meths.items()})()
cases = [
    ('int __int__ int', lambda: int(mk(__int__=5))),
    ('int __int__ bool', lambda: int(mk(__int__=True))),
    ('int __int__ B', lambda: type(int(mk(__int__=B(3))))),
    ('int __int__ str', lambda: int(mk(__int__='5'))),
    ('int __index__', lambda: int(mk(__index__=7))),
    ('int __index__ B', lambda: int(mk(__index__=B(7)))),
    ('int __index__ float', lambda: int(mk(__index__=7.5))),
    ('int __trunc__', lambda: int(mk(__trunc__=9))),
    ('int __trunc__ obj', lambda: int(mk(__trunc__=mk(__index__=4)))),
    ('int __trunc__ bad', lambda: int(mk(__trunc__='x'))),
    ('float __float__', lambda: float(mk(__float__=1.5))),
    ('float __float__ FF', lambda: float(mk(__float__=FF(2.5)))),
    ('float __float__ int', lambda: float(mk(__float__=2))),
    ('float __index__', lambda: float(mk(__index__=3))),
    ('complex __complex__', lambda: complex(mk(__complex__=1j))),
    ('complex __complex__ bad', lambda: complex(mk(__complex__=1.0))),
    ('complex __float__', lambda: complex(mk(__float__=2.0))),
    ('complex __index__', lambda: complex(mk(__index__=2))),
    ('operator.index B', lambda: __import__('operator').index(mk(__index__=B(1)))),
    ('[0][B-index]', lambda: [10, 20][mk(__index__=B(1))]),
    ('range __index__', lambda: range(mk(__index__=3))),
    ('hex', lambda: hex(mk(__index__=255))),
    ('round', lambda: round(mk(__round__=1))),
    ('math.floor', lambda: __import__('math').floor(mk(__floor__=8))),
    ('math.trunc', lambda: __import__('math').trunc(mk(__trunc__='t'))),
    ('abs', lambda: abs(mk(__abs__=-1))),
    ('len neg', lambda: len(mk(__len__=-1))),
    ('len float', lambda: len(mk(__len__=1.0))),
    ('len big', lambda: len(mk(__len__=2**70))),
    ('len B', lambda: len(mk(__len__=B(4)))),
    ('bool int', lambda: bool(mk(__bool__=1))),
    ('bool len', lambda: bool(mk(__len__=0))),
    ('hash float', lambda: hash(mk(__hash__=1.5))),
    ('hash big', lambda: hash(mk(__hash__=2**70))),
    ('hash B', lambda: hash(mk(__hash__=B(5)))),
    ('str nonstr', lambda: str(mk(__str__=5))),
    ('repr nonstr', lambda: repr(mk(__repr__=None))),
    ('format nonstr', lambda: format(mk(__format__=lambda s: 5) if False else 0)),
]
for name, f in cases:
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
