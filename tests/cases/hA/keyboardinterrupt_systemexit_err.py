def f():
    raise KeyboardInterrupt
try:
    f()
except Exception:
    print("not caught by Exception")
except BaseException as b:
    print("caught", type(b).__name__)
raise SystemExit("bye message")
