def f():
    [await x for y in z]
