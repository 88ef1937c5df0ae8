class Rec(tuple):
    def __lt__(self, other):
        if not isinstance(other, Rec):
            return NotImplemented
        return tuple.__lt__(self, other)
recs = [Rec((2, "b")), Rec((1, "a"))]
print(sorted(recs))
print(sorted(recs, key=lambda r: r[1], reverse=True))
recs.append((0, "z"))
print(sorted(recs, key=len))
sorted(recs)
