class Node:
    def __init__(self, nxt=None):
        self.next = nxt
chain = Node(Node(Node()))
print(chain.next.next.next)
print(chain.next.next.next.next)
