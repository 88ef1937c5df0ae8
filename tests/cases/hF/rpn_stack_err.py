class Stack:
    def __init__(self): self._d = []
    def push(self, x): self._d.append(x)
    def pop(self):
        if not self._d:
            raise IndexError("pop from empty stack")
        return self._d.pop()
def rpn(expr):
    s = Stack()
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = s.pop(), s.pop()
            s.push(ops[tok](a, b))
        else:
            s.push(float(tok))
    return s.pop()
print(rpn("3 4 + 2 *"))
print(rpn("1 0 /"))
