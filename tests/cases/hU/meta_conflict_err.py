class MA(type):
    pass
class MB(type):
    pass
class A(metaclass=MA): pass
class B(metaclass=MB): pass
print(type(A).__name__, type(B).__name__)
class C(A, B): pass
