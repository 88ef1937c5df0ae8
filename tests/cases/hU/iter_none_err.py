class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
for x in NotIterable():
    print(x)
