def deco(cls):
    cls.tag = cls.name.upper()
    return cls

@deco
class A:
    name = "a"

print(A.tag)

class B:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    total = sum(doubled)
    ratio = total / (len(items) - 3)
