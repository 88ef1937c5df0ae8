import atexit, os
atexit.register(print, "atexit handler must not run")
class D:
    def __del__(self):
        print("finalizer must not run")
d = D()
print("before _exit")
try:
    os._exit("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    os._exit()
except TypeError as e:
    print(type(e).__name__, e)
os._exit(3)
print("not reached")
