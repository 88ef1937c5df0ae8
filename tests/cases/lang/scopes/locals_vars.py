def f(a, b=2, *args, **kw):
    c = 3
    return sorted(locals().items())
print(f(1, 4, 5, z=6))
def g():
    x = 1
    def h():
        return x
    return sorted(locals())
print(g())
class K:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(K.names)
print(sorted(k for k in vars() if k in ('f', 'g', 'K')))
x = 5
print('x' in globals(), globals()['x'])
def dyn():
    ns = {}
    exec('y = 10', globals(), ns)
    return ns
print(dyn())
