import sys
try:
    1 / 0
except ZeroDivisionError:
    print("handling")
    sys.exit(2)
