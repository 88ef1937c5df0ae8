# Counter / OrderedDict / ChainMap against plain-dict models, driven by a fixed LCG
from collections import Counter, OrderedDict, ChainMap

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

keys = 'abcdef'
for round_ in range(40):
    c1 = Counter({k: rnd(7) - 3 for k in keys if rnd(2)})
    c2 = Counter({k: rnd(7) - 3 for k in keys if rnd(2)})
    line = [c1 + c2, c1 - c2, c1 | c2, c1 & c2, +c1, -c2, c1 == c2, c1 <= c2, c1 < c2, c1 >= c2, c1 > c2]
    c3 = c1.copy(); c3 += c2; line.append(c3)
    c3 = c1.copy(); c3 -= c2; line.append(c3)
    c3 = c1.copy(); c3 |= c2; line.append(c3)
    c3 = c1.copy(); c3 &= c2; line.append(c3)
    c3 = c1.copy(); c3.update(c2); c3.subtract(keys[:rnd(6)]); line.append(c3)
    line.append(c3.most_common(rnd(4)))
    line.append(c3.total())
    print(round_, *line)

od = OrderedDict()
model = []
for step in range(200):
    op = rnd(6)
    k = keys[rnd(6)]
    if op == 0:
        od[k] = step
        if k not in model:
            model.append(k)
    elif op == 1 and k in od:
        od.move_to_end(k, last=bool(rnd(2)))
    elif op == 2 and od:
        od.popitem(last=bool(rnd(2)))
    elif op == 3:
        od.pop(k, None)
    elif op == 4:
        od.setdefault(k, -step)
    else:
        od.update({k: step})
    if step % 20 == 0:
        print(step, od, list(reversed(od)), od == OrderedDict(reversed(list(od.items()))))

maps = [{}, {}, {}]
cm = ChainMap(*maps)
for step in range(100):
    k = keys[rnd(6)]
    which = rnd(3)
    if rnd(3):
        maps[which][k] = step
    elif k in maps[0]:
        del cm[k]
    if step % 10 == 0:
        print(step, list(cm), len(cm), dict(cm), [cm.get(x) for x in keys])
