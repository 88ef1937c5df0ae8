import sys, atexit
class Noisy:
    def __del__(self):
        print("del at exit")
n = Noisy()
atexit.register(print, "atexit handler")
print("main")
sys.exit(5)
