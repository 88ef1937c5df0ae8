try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
raise ValueError("y") from object()
