import sys
def gen():
    try:
        yield 1
    finally:
        print("closing, exiting")
        sys.exit(7)
g = gen()
next(g)
g.close()
print("not reached")
