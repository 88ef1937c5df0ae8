def f():
    try:
        raise SystemExit(7)
    finally:
        print("finally runs")
f()
