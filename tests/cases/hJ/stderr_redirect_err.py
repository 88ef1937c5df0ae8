import sys
print('start')
sys.stderr = sys.stdout
def fail(x):
    return {'a': 1}[x]
try:
    fail('b')
except KeyError:
    import traceback
    traceback.print_exc()
class Loud:
    def write(self, s):
        sys.__stdout__.write(s.upper())
    def flush(self):
        pass
sys.stderr = Loud()
print('swapped')
fail('zz')
