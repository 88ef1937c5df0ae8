# Names exported by math and cmath, and how their functions present themselves.
import cmath
import math

print(sorted(n for n in dir(math) if not n.startswith('_')))
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
print(math.__name__, cmath.__name__, math.sqrt, cmath.sqrt, math.floor.__name__)
print(type(math.pi).__name__, type(math.inf).__name__, type(cmath.infj).__name__, type(cmath.nanj).__name__)
print(math.e == cmath.e, math.pi == cmath.pi, math.tau == cmath.tau, math.inf == cmath.inf)
from math import sqrt, pi, factorial
print(sqrt(pi * pi) == pi, factorial(10))
