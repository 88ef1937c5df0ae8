import os
fn = "hz_os_open.bin"
fd = os.open(fn, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(type(fd).__name__, os.write(fd, b"hello world"), os.lseek(fd, 0, os.SEEK_CUR))
os.fsync(fd); os.close(fd)
fd = os.open(fn, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10), os.lseek(fd, -5, os.SEEK_END), os.read(fd, 2))
print(os.fstat(fd).st_size, os.isatty(fd))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.open(fn, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print("FileExistsError", e.errno)
fd = os.open(fn, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"!!"); os.close(fd)
fd = os.open(fn, os.O_RDWR)
print(os.read(fd, 100)); os.lseek(fd, 0, 0); os.write(fd, b"J"); os.close(fd)
with open(fn, "rb") as f:
    print(f.read())
fd = os.open(fn, os.O_RDWR | os.O_TRUNC); os.close(fd); print(os.path.getsize(fn))
with os.fdopen(os.open(fn, os.O_WRONLY), "w") as f:
    f.write("via fdopen")
print(open(fn).read())
os.remove(fn)
try:
    os.open("hz_no_such_file.bin", os.O_RDONLY)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE)
old = os.umask(0o077); print(os.umask(old) == 0o077)
try:
    os.get_terminal_size(5)
except OSError as e:
    print("OSError", e.errno)
ts = os.terminal_size((100, 40)); print(ts, ts.columns, ts.lines, tuple(ts), isinstance(ts, tuple))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print(e)
print(type(os.getpid()).__name__, os.getpid() == os.getpid())
