class A:
    def f(self): pass
cases = [(slice(1), 'start'), (slice(1), 'stop'), (range(1), 'step'), (1j, 'real'), (1j, 'imag'), (1.0, 'real'), (1, 'real'),
         ((lambda: 0), '__closure__'), ((lambda: 0), '__globals__'), (property(), 'fget'), (staticmethod(len), '__func__'),
         (classmethod(len), '__func__'), ([].append, '__self__'), (A().f, '__func__'), (A().f, '__self__'),
         (A, '__mro__'), (A, '__basicsize__'), (A, '__base__'), (A, '__flags__'), (int, '__mro__'), (int, '__name__'),
         (int, 'x'), (list, '__doc__'), (super(A, A()), '__self__'), (super(A, A()), '__thisclass__'),
         (memoryview(b''), 'nbytes'), ((x for x in []), 'gi_running'), (1, 'numerator')]
for o, a in cases:
    for op in (lambda: setattr(o, a, 1), lambda: delattr(o, a)):
        try:
            op()
            print("ok", a)
        except (AttributeError, TypeError) as e:
            print(type(o).__name__, a, type(e).__name__, e)
