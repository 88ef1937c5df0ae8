x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def builtin_shadow():
    len = lambda s: 42
    return len("abc")
print(builtin_shadow(), len("abc"))
def read_then_assign():
    try:
        y = x
        x = 1
    except UnboundLocalError as e:
        return str(e)
print(read_then_assign())
def class_scope():
    v = "func"
    class K:
        v = "class"
        def m(self): return v
        w = [v for _ in range(1)]
    return K().m(), K.v, K.w
print(class_scope())
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def comp_no_leak():
    j = "before"
    [j for j in range(3)]
    return j
print(comp_no_leak())
def default_eval_time():
    val = 1
    def f(a=val): return a
    val = 2
    return f()
print(default_eval_time())
def nested_nonlocal():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 1
        l2(); l2()
    l1()
    return a
print(nested_nonlocal())
def global_vs_local():
    global x
    x = "modified"
global_vs_local(); print(x)
counter = [0]
def mutate(): counter[0] += 1
mutate(); mutate(); print(counter)
def lambda_in_loop():
    return [(lambda: k)() for k in range(3)]
print(lambda_in_loop())
