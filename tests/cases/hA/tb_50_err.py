import operator
print(operator.add(1, 2))
result = operator.truediv(1, 0)
