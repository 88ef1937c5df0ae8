# Argument errors of int/float conversion dunders: slot wrappers (__int__, __index__,
# __float__) say "expected 0 arguments", methods (__trunc__, __floor__, __ceil__) name
# themselves
tests = [
    lambda: (7).__int__(1), lambda: (7).__index__(1), lambda: (7).__float__(1),
    lambda: (7).__trunc__(1), lambda: (7).__floor__(1), lambda: (7).__ceil__(1),
    lambda: (2.5).__int__(1), lambda: (2.5).__float__(1), lambda: (2.5).__trunc__(1),
    lambda: (2.5).__floor__(1), lambda: (2.5).__ceil__(1), lambda: True.__int__(1),
    lambda: True.__trunc__(None), lambda: (2**70).__index__(0), lambda: (2**70).__floor__(0),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
print((7).__int__(), (7).__trunc__(), (2.5).__int__(), (2.5).__floor__(), (-2.5).__ceil__(), True.__index__(), (2**70).__ceil__())
