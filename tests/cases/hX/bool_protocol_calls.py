log = []
class B:
    def __init__(self, n, v): self.n, self.v = n, v
    def __bool__(self): log.append('bool' + self.n); return self.v
    def __lt__(self, o): log.append('lt' + self.n + o.n); return B(self.n + o.n, True)
    def __repr__(self): return 'B' + self.n
def show(label, r=None):
    print(label, r, log); log.clear()
a, b, c, f = B('a', True), B('b', True), B('c', True), B('f', False)
show('and', a and b)
show('or', f or a)
show('not', not f)
if a and f: pass
show('if and')
if f or a: pass
show('if or')
while f: pass
show('while')
x = a if f else b
show('ternary', x)
show('chain', a < b < c)
if a < b < c: pass
show('if chain')
show('any', any([f, a, b]))
show('all', all([a, f, b]))
show('filter', list(filter(None, [a, f])))
assert a
show('assert')
show('list comp', [v for v in [a, f] if v])
y = not (a and f)
show('not and', y)
show('bool()', bool(a))
if not a: pass
show('if not')
r = (a and f) or c
show('mixed', r)
import operator
show('truth', operator.truth(f))
show('not_', operator.not_(a))
show('sorted', sorted([f, a], key=bool))
class L:
    def __len__(self): log.append('len'); return 0
if L(): pass
show('len truth')
print(bool(L()), log)
