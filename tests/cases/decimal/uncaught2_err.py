from decimal import Decimal
values = [Decimal('1.5'), Decimal('0')]
print(sum(values))
print(values[0].sqrt())
print(Decimal('abc'))
