import os, sys
print("visible?")
sys.stdout.flush()
print("buffered then lost")
sys.stderr.write("err written\n")
os._exit(4)
