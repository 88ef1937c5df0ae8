# Keywords-constants and Ellipsis.
print(None, True, False, ..., Ellipsis, ... is Ellipsis)
print(__debug__, type(...).__name__)
print(True + True, False * 3, -True, ~False, not None)
x = ...
print(x)
print(1 if __debug__ else 0)
