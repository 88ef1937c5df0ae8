def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(e.__cause__))
show(lambda: exec('raise ValueError'))
show(lambda: exec('raise ValueError("msg")'))
show(lambda: exec('raise ValueError from KeyError'))
show(lambda: exec('raise ValueError() from KeyError("k")'))
show(lambda: exec('raise 1'))
show(lambda: exec('raise ValueError from 1'))
show(lambda: exec('raise'))
class NotExc: pass
show(lambda: exec('raise NotExc'))
show(lambda: exec('raise StopIteration'))
show(lambda: exec('raise KeyboardInterrupt'))
show(lambda: exec('raise SystemExit(3)'))
