import sys
def who():
    try:
        f = sys._getframe(2)
        return f.f_code.co_name + ':' + str(f.f_lineno)
    except ValueError as e:
        return 'ERR ' + str(e)
class L:
    def __contains__(self, x): print('contains', who()); return True
    def __getitem__(self, k): print('getitem', who()); return 1
    def __len__(self): print('len', who()); return 1
    def __eq__(self, o): print('eq', who()); return True
    def __add__(self, o): print('add', who()); return 1
    def __iter__(self): print('iter', who()); return iter([])
    def __bool__(self): print('bool', who()); return True
    def __repr__(self): print('repr', who()); return 'L'
    def __hash__(self): print('hash', who()); return 1
    def __call__(self): print('call', who())
    def __getattr__(self, n): print('getattr', who()); return 1
    def __lt__(self, o): print('lt', who()); return True
    def __setitem__(self, k, v): print('setitem', who())
def main():
    l = L()
    1 in l
    l[0]
    len(l)
    l == 1
    l + 1
    list(l)
    pass
    repr(l)
    hash(l)
    l()
    l.zz
    sorted([l, l])
    l[1] = 2

    str(l)
    f'{l!r}'
main()
class M(type):
    def __contains__(cls, x): print('meta contains', who()); return True
    def __iter__(cls): print('meta iter', who()); return iter([])
    def __getitem__(cls, k): print('meta getitem', who())
    def __len__(cls): print('meta len', who()); return 0
class C(metaclass=M): pass
def m2():
    1 in C
    list(C)
    C[1]
    len(C)
m2()
