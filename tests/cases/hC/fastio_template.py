# The output half of the FastIO template competitive programmers paste: sys.stdout
# replaced by a wrapper that buffers bytes and writes them with os.write at flush/exit.
import os, sys
from io import BytesIO, IOBase
class FastIO(IOBase):
    newlines = 0
    def __init__(self, file):
        self._fd = file.fileno()
        self.buffer = BytesIO()
        self.writable = "x" in file.mode or "r" not in file.mode
        self.write = self.buffer.write if self.writable else None
    def flush(self):
        if self.writable:
            os.write(self._fd, self.buffer.getvalue())
            self.buffer.truncate(0), self.buffer.seek(0)
class IOWrapper(IOBase):
    def __init__(self, file):
        self.buffer = FastIO(file)
        self.flush = self.buffer.flush
        self.writable = self.buffer.writable
        self.write = lambda s: self.buffer.write(s.encode("ascii"))
print("plain print before the swap", flush=True)
print(os.fstat(1).st_size >= 0, type(os.fstat(0)).__name__, os.write(1, b"raw os.write\n"))
sys.stdout = IOWrapper(sys.stdout)
for i in range(5):
    print(i, i * i)
sys.stdout.flush()
print("left in the buffer until exit")
os.write(2, b"to stderr\n")
try:
    os.write(0, b"x")
except OSError as e:
    print("os.write(0):", e.errno)
try:
    os.fstat(57)
except OSError as e:
    print("fstat 57:", e.errno)
