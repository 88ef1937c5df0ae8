class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
vs = [Version("1.2"), Version("1.10"), Version("1.3")]
print([v.parts for v in sorted(vs)])
print(sorted([Version("1.0"), "2.0"]))
