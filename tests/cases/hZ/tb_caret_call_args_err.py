def area(w, h):
    return w * h
shapes = [(2, 3), (4, "5"), (1, 1)]
results = [area(*s) for s in shapes]
