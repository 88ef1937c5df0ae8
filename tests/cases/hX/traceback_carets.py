import traceback, sys
def run(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)
a = {'x': {'y': None}}
b = [1, 2]
n = None
z = 0
def t1(): return a['x']['y']['z']
def t2(): return b[0] + b[1] / z
def t3(): return n.attr.other
def t4(): return (b[0] +
                  n)
def t5(): return b[0]   +   'str'
def t6(): return len(b, b)
def t7(): return a['missing']
def t8(): return [x / z for x in b]
def t9(): return b[5] if b else None
def t10(): return n()
def t11(): return b.append(1) + 1
def t12():
    x = 1
    return x.foo(
        1, 2)
def t13(): return b[0] < 'a'
def t14(): return -'a'
def t15(): return not n.x
def t16(): return 1 if n.y else 2
def t17(): return a['x'] ['y'] ['q']
def t18(): return f'{n.q}'
def t19(): return (lambda: 1 / z)()
def t20(): return b[0] ** -1 // z
def t21(): x = n; x += 1
def t22(): return int('abc')
def t23(): return b[z:n.v]
def t24(): return {**n}
def t25(): return [*n]
def t26(): return print(*n)
def t27(): assert b[0] == 2, 'msg'
def t28(): raise ValueError('explicit')
def t29(): return a.x
def t30(): return getattr(n, 'y')
for f in [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19, t20, t21, t22, t23, t24, t25, t26, t27, t28, t29, t30]:
    run(f)
