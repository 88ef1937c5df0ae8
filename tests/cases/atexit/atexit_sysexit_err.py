import atexit
import sys


def bye(*args):
    print('bye', args)
    sys.stdout.flush()


atexit.register(bye, 1)
atexit.register(bye, 2)
print('main')
sys.exit('exit message')
