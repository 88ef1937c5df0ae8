class A:
    @classmethod
    def c(cls):
        return cls.nothing
A.c()
