import sys
saved = sys.stdin
sys.stdin = None
try:
    input()
except Exception as e:
    print(type(e).__name__, e)
sys.stdin = saved
del sys.stdout
try:
    input("prompt")
except Exception as e:
    print(type(e).__name__, e, file=sys.stderr)
sys.stdout = sys.__stdout__
print("back")
