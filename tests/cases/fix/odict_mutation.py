from collections import OrderedDict
def t(n, op):
    od = OrderedDict((chr(97+i), i) for i in range(n))
    out=[]
    try:
        for k in od:
            out.append(k)
            op(od, k)
    except Exception as e:
        out.append(type(e).__name__+": "+str(e))
    print(n, out, list(od))
for n in (1,2,3,5,8,9):
    t(n, lambda od,k: od.__setitem__('n'+k, 1))
    t(n, lambda od,k: od.__setitem__(k, 5))
    t(n, lambda od,k: od.pop(k))
    t(n, lambda od,k: od.move_to_end(k))
    t(n, lambda od,k: (od.pop(k), od.__setitem__(k+'z',1)))
    t(n, lambda od,k: (od.__setitem__('zz',1), od.pop('zz')))
od = OrderedDict(a=1,b=2)
it = iter(od.items()); print(next(it)); od['c']=3
try: print(next(it))
except Exception as e: print(e)
it = iter(od.values()); print(next(it)); del od['c']
try: print(next(it))
except Exception as e: print(e)
it = reversed(od); print(next(it)); od['q']=3
try: print(next(it))
except Exception as e: print(e)
