def f(a: int, b: 'str' = 'x', *args: float, c: bool = True, **kw: dict) -> list:
    pass
print(f.__annotations__)
def g(a, b): pass
print(g.__annotations__)
def h(x: [1, 2]) -> (lambda: 0).__class__.__name__:
    pass
print(h.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
def pos(a: int, /, b: str, *, c: float): pass
print(list(pos.__annotations__))
class C:
    def m(self, x: 'C') -> 'C': pass
print(C.m.__annotations__)
def order_of_eval():
    log = []
    def t(v):
        log.append(v)
        return v
    def fn(a: t('a'), b: t('b') = t('default')) -> t('ret'): pass
    return log
print(order_of_eval())
