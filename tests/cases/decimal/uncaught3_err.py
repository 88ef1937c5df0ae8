from decimal import Decimal
print(Decimal(10) // 3)
print(Decimal(1) / Decimal(0))
