class A:
    pass
value = (A()
         .first
         .second)
