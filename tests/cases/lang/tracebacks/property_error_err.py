class A:
    @property
    def p(self):
        return 1 / 0
A().p
