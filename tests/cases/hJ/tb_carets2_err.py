import traceback
def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc()
        print('---')
def a():
    x = {'é': 1}
    return x['é'] + x['ü']
show(a)
def b():
    naïve = None
    return naïve.strip()
show(b)
def c():
    s = "日本語"
    return s + 1
show(c)
def d():
    x = 5
    x += 'a'
show(d)
def e():
    x = [1]
    x[0] += 'a'
show(e)
def f():
    return 1 < 'a'
show(f)
def g():
    return (1, 2) @ (3, 4)
show(g)
def h():
    a = [1, 2]
    return a[1] [5]
show(h)
def i():
    return {'a': 1}['a'] ['b']
show(i)
def j():
    o = object()
    with o:
        pass
show(j)
def k():
    l = [1, 2]
    return -l
show(k)
def l():
    val = None
    return val.x.y.z
show(l)
def m():
    return     int(  'x'  )    
show(m)
def n():
    d = {}
    return d.get('a').upper()
show(n)
def o():
    f = lambda y: y / 0
    return f(1) if True else 0
show(o)
def p():
    a = 1
    b = 'b'
    c = a and b + a
show(p)
def q():
    return [1, 2, 3][1:][7]
show(q)
def r():
    x = 'abc'
    return x[1] * x[2] - 1
show(r)
def s():
    t = (1,)
    t[0] = 2
show(s)
def t():
    del [][0]
show(t)
def u():
    return not_there()
show(u)
def v():
	x = None
	return x + 1
show(v)
def w():
    return (1 +
        None)
show(w)
def x():
    return max(
        [],
    )
show(x)
def y():
    return 2 ** 'a' ** 2
show(y)
def z():
    return print(1, 2, sep=5)
show(z)
def aa():
    items = [3, 1, 'x']
    items.sort()
show(aa)
def bb():
    return {}['k'] if True else 1
show(bb)
def cc():
    m = [[1, 2], [3, 4]]
    return m[0][1] + m[2][0]
show(cc)
def dd():
    a = b = None
    return a.x + b.y
show(dd)
print(1 +
      "a")
