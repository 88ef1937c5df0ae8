import math
print(math.pi > 3)
try:
    math.tau2
except AttributeError as e:
    print(e, e.name, e.obj is math)
math.sqroot(4)
