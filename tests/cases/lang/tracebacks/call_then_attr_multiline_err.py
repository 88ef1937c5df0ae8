def f():
    return None
x = (f()
     .attr)
