def show(x):
    return f"value: {x / 0:>10}"
try:
    show(1)
except ZeroDivisionError:
    import traceback; traceback.print_exc()
y = None
print(f"{y.attr}")
