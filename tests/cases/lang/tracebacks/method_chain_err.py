class A:
    def f(self):
        return self
    def g(self):
        return 1 / 0
A().f().f().g()
