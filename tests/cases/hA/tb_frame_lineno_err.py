class Stack:
    def __init__(self):
        self._items = []
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
s = Stack()
try:
    s.pop()
except IndexError as e:
    print("caught:", e)
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno, e.__traceback__.tb_frame.f_code.co_name)
s.pop()
