import functools, pickle, copy
p = functools.partial(int, base=2)
q = pickle.loads(pickle.dumps(p))
print(q, q("101"), q.func, q.args, q.keywords)
r = copy.copy(p); d = copy.deepcopy(functools.partial(max, [1], key=len))
print(r("11"), r, d, d([1, 2]))
p2 = functools.partial(print, 1, 2, sep="-"); p2.attr = 5
p3 = pickle.loads(pickle.dumps(p2)); p3(3); print(p3.attr)
try:
    p.__setstate__((1, 2))
except TypeError as e: print(e)
try:
    p.__setstate__((len, [], None, None))
except TypeError as e: print(e)
p.__setstate__((len, (), None, None)); print(p, p("abc"))
