import sys
sys.setrecursionlimit(20000)
class Node:
    def __init__(self, n):
        self.n = n
        self.next = Node(n - 1) if n else None
def length(node):
    return 0 if node is None else 1 + length(node.next)
head = Node(5000)
print(length(head))
class Tree:
    def __init__(self, d):
        self.kids = [Tree(d - 1) for _ in range(2)] if d else []
    def size(self):
        return 1 + sum(k.size() for k in self.kids)
print(Tree(10).size())
sys.setrecursionlimit(1000)
try:
    Node(2000)
except RecursionError as e:
    print(e)
