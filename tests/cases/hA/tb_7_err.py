x = 1
y = "2"
def calc():
    return x + y * 2 - 3
try:
    calc()
except TypeError as e:
    try:
        raise
    finally:
        print("finally runs")
