class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'V({self.x})'
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += o; return self
    def __neg__(self): return V(-self.x)
    def __lt__(self, o): return self.x < o.x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __bool__(self): return self.x != 0
    def __len__(self): return abs(self.x)
    def __getitem__(self, i): return self.x * i
    def __contains__(self, i): return i == self.x
    def __call__(self, *a): return ('called', a)
    def __iter__(self): return iter(range(self.x))
print(V(1) + V(2), 3 + V(1), V(1) + 3, -V(4), V(1) < V(2), V(1) == V(1), V(0) or 'falsy')
v = V(5); v += 2; print(v, len(v), v[3], 7 in v, v(1, 2), list(V(3)))
print(sorted([V(3), V(1), V(2)]), {V(1), V(1)})
print(max(V(1), V(3)), bool(V(0)), not V(2))
