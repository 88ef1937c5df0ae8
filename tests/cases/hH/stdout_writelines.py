import sys
sys.stdout.writelines(["a", "b\n", "c\n"])
sys.stdout.writelines(iter(["x\n"]))
sys.stdout.writelines([])
sys.stdout.buffer.writelines([b"raw1\n", bytearray(b"raw2\n")])
sys.stdout.flush()
try:
    sys.stdout.writelines([1])
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.writelines(5)
except TypeError as e:
    print("TypeError", e)
sys.stdout.writelines(["err line\n"])
print("end")
