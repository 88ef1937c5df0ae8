# Loggers created in a scrambled order still end up under their nearest existing ancestor
import logging

names = ['a.b.c.d', 'a', 'x.y', 'a.b.c', 'a.bc', 'a.b.e', 'x', 'a.b', 'x.y.z.w', 'a.b.c.d.e', 'x.y.z', 'q.r.s']
state = 7
order = []
pool = list(names)
while pool:
    state = (state * 1103515245 + 12345) % 2**31
    order.append(pool.pop(state % len(pool)))
for i, name in enumerate(order):
    logging.getLogger(name)
    snapshot = sorted((n, logging.getLogger(n).parent.name) for n in order[:i + 1])
    print(name, snapshot)
print(sorted((k, type(v).__name__) for k, v in logging.root.manager.loggerDict.items()))
