try:
    v = input()
    print("got", repr(v))
except EOFError as e:
    print("EOFError", repr(str(e)))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
