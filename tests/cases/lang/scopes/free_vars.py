def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def closures_share():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(closures_share())
def cell_after_def():
    def get():
        return val
    val = 'late binding'
    return get()
print(cell_after_def())
def deleted_cell():
    v = 1
    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        return str(e)
print(deleted_cell())
def param_cell(p):
    return (lambda: p)()
print(param_cell('param'))
def class_in_func():
    secret = 's'
    class A:
        def m(self):
            return secret
        attr = secret
    return A().m(), A.attr
print(class_in_func())
def nested_comprehension_closure():
    k = 3
    return [[k * i + j for j in range(2)] for i in range(2)]
print(nested_comprehension_closure())
print(make_adders.__code__.co_cellvars, make_adders()[0].__code__.co_freevars)
def gen_closure():
    n = 2
    def g():
        for i in range(n):
            yield i * n
    return list(g())
print(gen_closure())
