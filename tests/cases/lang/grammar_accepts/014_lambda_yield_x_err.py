lambda: (yield x)
