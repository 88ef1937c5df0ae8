class M(type):
    def __new__(mcls, *a):
        raise TypeError("no")
class A(metaclass=M):
    pass
