class A:
    def __init__(self):
        self.items = [1, 2]
    @property
    def total(self):
        return sum(self.items) + self.missing
a = A()
x = (a.items[0] +
     a.total *
     2)
