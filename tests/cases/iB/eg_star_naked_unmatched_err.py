def f():
    raise ValueError("naked")
try:
    f()
except* TypeError:
    print("no")
