class A:
    def m(self, a, b):
        return a / b
x = A()
x.m(
    1,
    0,
)
