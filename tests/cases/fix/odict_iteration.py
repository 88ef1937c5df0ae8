from collections import OrderedDict
import copy, pickle
od = OrderedDict([('b', 2), ('a', 1), ('c', 3)])
print(od, od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))
it = iter(od)
print(type(it).__name__, next(it), list(it), list(it))
od.move_to_end('b')
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od2 = copy.deepcopy(OrderedDict(x=[1], y=[2]))
print(od2, pickle.loads(pickle.dumps(od2)) == od2)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
od3 = OrderedDict.fromkeys('abc', 0)
for k, v in od3.items():
    od3[k] = v + 1
print(od3)
try:
    for k in od3.keys():
        del od3[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(od3)
od4 = OrderedDict(a=1)
for k in od4:
    od4.pop(k)
print(od4, len(od4))
x = OrderedDict(z=1, y=2)
x |= {'w': 3}
print(x, x | {'v': 4}, {'u': 0} | x)
print(sorted(OrderedDict(b=1, a=2)), dict(OrderedDict(b=1, a=2)), [*OrderedDict(q=1, r=2)])
print(list(zip(OrderedDict(a=1, b=2), OrderedDict(c=3, d=4).values())))
print(OrderedDict(a=1).setdefault('b', 5), max(OrderedDict(a=1, b=9).items(), key=lambda kv: kv[1]))
it = iter(OrderedDict(a=1, b=2).items())
print(next(it), list(it))
od5 = OrderedDict(a=1, b=2)
it = iter(od5)
next(it)
od5['a'] = 100
print(list(it), od5)
