import math
def h(o):
    return o.real.imag.foo + math.pi
h(3)
