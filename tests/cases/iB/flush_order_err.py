import sys
print("one")
print("two", file=sys.stderr)
sys.stdout.write("three\n")
sys.stderr.write("four\n")
print("five", end="")
raise RuntimeError("six")
