def f():
    raise ValueError("v")
print(f"{f()}")
