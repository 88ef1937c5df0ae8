a, b = 1, 0
r = (a +
     a / b)
