def worker():
    while True:
        try:
            item = yield
        except KeyError:
            print("worker handled KeyError")
        else:
            print("worker got", item)

w = worker()
next(w)
w.send(1)
w.throw(KeyError("k"))
try:
    raise LookupError("caller is handling this")
except LookupError:
    w.throw(ValueError("thrown while caller handles"))
