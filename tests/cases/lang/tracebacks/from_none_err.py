try:
    1 / 0
except ZeroDivisionError:
    raise TypeError("hidden") from None
