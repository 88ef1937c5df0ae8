class Tree:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()
Tree().depth()
