import sys
def f():
    try:
        raise ValueError("lost")
    finally:
        sys.exit("finally exit")
f()
