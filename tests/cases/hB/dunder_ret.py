def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class F1:
    def __format__(self, spec): return 5
class F2:
    def __str__(self): return 'F2str'
class F3:
    def __repr__(self): return 'F3repr'
class SS(str): pass
class F4:
    def __str__(self): return SS('sub')
    def __repr__(self): return SS('rsub')
class F5:
    def __index__(self): return 1
class F6:
    def __len__(self): return True
class F7:
    def __int__(self): return 3
class F8:
    def __bool__(self): return 0
class F9:
    def __complex__(self): return 1
class F10:
    def __iter__(self): return 5
class F11:
    def __iter__(self): return iter([1])
    def __next__(self): return 1
class F12:
    def __contains__(self, x): return []
class F13:
    def __hash__(self): return 2**100
class F14:
    def __length_hint__(self): return 'x'
    def __iter__(self): return iter([])
class F15:
    def __bytes__(self): return 'no'
class F16:
    def __fspath__(self): return 1
for f in [lambda: format(F1()), lambda: f'{F1()}', lambda: '{}'.format(F1()), lambda: format(F2(), ''), lambda: format(F2(), 'x'), lambda: f'{F2():>8}', lambda: f'{F3()!s:>8}', lambda: format(F3(), '^9'),
          lambda: type(str(F4())).__name__, lambda: type(repr(F4())).__name__, lambda: str(F4()), lambda: f'{F4()}', lambda: [1, 2][F5()], lambda: bin(F5()), lambda: len(F6()), lambda: int(F7()), lambda: type(int(F7())).__name__,
          lambda: bool(F8()), lambda: complex(F9()), lambda: iter(F10()), lambda: list(F11()), lambda: 1 in F12(), lambda: hash(F13()) == hash(2**100), lambda: bytes(F15()), lambda: __import__('os').fspath(F16()),
          lambda: '%s' % F4(), lambda: '%r' % F4(), lambda: '%d' % F5(), lambda: '%x' % F5(), lambda: '%c' % F5(), lambda: '%.1f' % F5(), lambda: round(F3()), lambda: abs(F3()), lambda: -F3(), lambda: F3() < F3()]:
    t(f)
