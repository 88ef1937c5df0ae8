import sys
def show(f):
    try:
        f()
    except Exception:
        import traceback
        traceback.print_exc()

class P:
    def __init__(self):
        self.d = {'a': [1, 2, {'b': None}]}

p = P()
show(lambda: p.d['a'][2]['b'].upper())
show(lambda: p.d['a'][5])
def g():
    x = 1
    y = 0
    return (x +
            x) / y
show(g)
def h():
    return p.d['a'][2]['b'] + 1
show(h)
def k():
    result = [1, 2][3]
show(k)
def m():
    a = {'x': 1}
    return a['y']
show(m)
def n(x):
    return x.nope
show(lambda: n(5))
def q():
    val = int('z') + 2
show(q)
def r():
    return 1 + 2 * (3 / 0) - 4
show(r)
def s():
    x = None
    x.attr.other = 3
show(s)
def t():
    d = {}
    d['a']['b'] = 1
show(t)
def u():
    fn = None
    fn(1, 2,
       3)
show(u)
def v():
    return len(5) + len([])
show(v)
def w():
    lst = [1, 2]
    lst[0], lst[9] = 1, 2
show(w)
def z():
    assert 1 == 2, "nope"
show(z)
def aa():
    raise ValueError("x")
show(aa)
def bb():
    return [i / 0 for i in range(3)]
show(bb)
def cc():
    x = 'abc'
    return x.index('q')
show(cc)
def dd():
    a = b = 0
    return a // b
show(dd)
def ee():
    return   some_undefined_name   
show(ee)
def ff():
    import math
    return math.sqrt(-1) * 2
show(ff)
def gg():
    return (lambda: 1/0)()
show(gg)
def hh():
    x = [1,2,3]
    return x[1:2][5]
show(hh)
def ii():
    return not_defined.attr
show(ii)
def jj():
    return sum(x for x in [1, 'a'])
show(jj)
data = {'k': [1]}
data['k'][0]['z']
