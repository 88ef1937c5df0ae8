import sys
def caller_name():
    return sys._getframe(2).f_code.co_name
class A:
    def __bool__(self):
        print("bool from", caller_name())
        return True
    def __neg__(self):
        print("neg from", caller_name())
        return 0
def work():
    a = A()
    if a:
        pass
    while not a:
        pass
    x = a and 1
    y = a or 2
    print(x, type(y).__name__, -a)
    print([v for v in [1] if a])
work()
x = NotImplemented
if x:
    print("NotImplemented is truthy")
print(not x, bool(x))
y = x and "and"
print(y)
def f():
    return NotImplemented or "fallback"
print(f())
raise ValueError(bool(NotImplemented))
