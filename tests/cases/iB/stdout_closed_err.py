import sys
print("before close")
sys.stdout.close()
try:
    print("after close")
except ValueError as e:
    sys.stderr.write(f"{type(e).__name__}: {e}\n")
raise KeyError("end")
