def f(a, b):
    raise ValueError("bad")
f(
  1,
  2)
