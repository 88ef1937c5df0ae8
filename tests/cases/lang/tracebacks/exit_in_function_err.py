def f():
    raise SystemExit(5)
f()
