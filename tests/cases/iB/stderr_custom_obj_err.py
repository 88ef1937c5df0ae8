import sys
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
c = Collector()
real = sys.stderr
sys.stderr = c
import warnings
warnings.warn("to collector")
try:
    1/0
except ZeroDivisionError:
    import traceback
    traceback.print_exc()
sys.stderr = real
print(len(c.parts) > 0, "".join(c.parts).splitlines()[-1])
raise RuntimeError("after restoring stderr")
