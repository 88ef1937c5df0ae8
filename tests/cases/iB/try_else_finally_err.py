def f(n):
    try:
        r = 10 / n
    except ZeroDivisionError:
        print("zero")
        return None
    else:
        print("else", r)
        return r.missing
    finally:
        print("finally", n)
print(f(0))
f(2)
