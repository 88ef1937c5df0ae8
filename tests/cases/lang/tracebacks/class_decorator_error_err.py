def deco(cls):
    return cls.nothing
@deco
class A:
    pass
