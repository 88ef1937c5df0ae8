class A:
    pass
del A().x
