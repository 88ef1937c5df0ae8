class A:
    pass
x = (A()
     .missing
     .more)
