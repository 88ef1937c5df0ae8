class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise RuntimeError("iterator broke")
        return self.n
for (a,
     b) in [(1, 2)]:
    print(a, b)
for x in (
    It()
):
    print(x)
