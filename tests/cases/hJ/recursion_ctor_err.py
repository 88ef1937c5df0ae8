class Counter:
    def __call__(self):
        return self()
class Hashy:
    def __hash__(self):
        return hash(self)
class Loop:
    def __repr__(self):
        return repr(self)
def t(label, f):
    try:
        f()
    except RecursionError as e:
        print(label, e)
t("call", lambda: Counter()())
t("hash", lambda: hash(Hashy()))
try:
    print([Loop()])
except RecursionError as e:
    print("repr", e)
class Tree:
    def __init__(self, depth):
        self.depth = depth
        self.left = Tree(depth + 1)
Tree(0)
