def f():
    raise SystemExit("exiting with message")
print("before")
f()
