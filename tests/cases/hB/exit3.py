import sys
print("a", end="")
sys.exit(0)
