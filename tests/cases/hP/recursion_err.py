import sys
def fact(n):
    return n * fact(n - 1)
try:
    fact(5)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
class Node:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return f"Node({self.me!r})"
try:
    repr(Node())
except RecursionError as e:
    print("repr:", e)
l = []
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
def walk(n):
    if n == 0:
        raise ValueError("bottom")
    walk(n - 1)
walk(40)
