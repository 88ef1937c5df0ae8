import sys
def r(n): return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(150 < d < 200)
sys.setrecursionlimit(1000)
class Rec:
    def __repr__(self): return repr(self)
try:
    repr(Rec())
except RecursionError as e:
    print(e)
l = []; l.append(l); print(l)
d = {}; d["self"] = d; print(d)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
def inf(): return inf()
inf()
