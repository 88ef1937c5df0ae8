log = []
def t(name, v=None):
    log.append(name)
    return v if v is not None else name
def show(label):
    print(label, log); log.clear()
t('a', 1) + t('b', 2) * t('c', 3); show('arith')
t('f', print)(t('x'), t('y'), k=t('z')); show('call')
{t('k1'): t('v1'), t('k2'): t('v2')}; show('dict')
[t(1), t(2), *[t(3)]]; show('list')
d = {}
d[t('key')] = t('val'); show('assign subscript')
class O: pass
o = O()
t('obj', o).attr = t('value'); show('assign attr')
a = b = t('rhs'); show('chain assign')
t('x', 1) < t('y', 2) < t('z', 3); show('chain cmp')
t('x', 2) < t('y', 1) < t('z', 3); show('chain short')
t('p', 0) and t('q'); show('and')
t('p', 0) or t('q'); show('or')
t('c', 1) if t('cond', True) else t('e'); show('ternary')
lst = [0, 0, 0]
lst[t('i', 0)], lst[t('j', 1)] = t('v1', 5), t('v2', 6); show('tuple assign')
x = [t('a', 1), t('b', 2)][t('i', 0)]; show('subscript')
t('s', 'abc')[t('lo', 0):t('hi', 2):t('st', 1)]; show('slice')
t('base', 2) ** t('exp', 3); show('pow')
-t('neg', 1); show('unary')
def f(a, b, *args, c, **kw): pass
f(t('a'), *[t('star')], c=t('c'), **{t('kk'): t('kv')}); show('call forms')
lam = lambda: t('body')
t('before'); lam(); show('lambda')
(y := t('walrus')); show('walrus')
[t(i) for i in range(3) if t('cond' + str(i), i % 2 == 0)]; show('comp')
{t('k'): t('v') for _ in range(1)}; show('dict comp key first')
dd = {t('dup'): 1, t('dup2'): 2}; show('dict display')
class Rich:
    def __init__(self, n): self.n = n
    def __lt__(self, o): log.append(f'lt{self.n}{o.n}'); return True
    def __bool__(self): log.append(f'bool{self.n}'); return True
Rich(1) < Rich(2) < Rich(3); show('rich chain')
not (Rich(1) < Rich(2)); show('not')
if Rich(1) and Rich(2): pass
show('if and')
z = Rich(1) and Rich(2); show('assign and')
def deco(n):
    log.append('deco ' + n)
    def w(f): log.append('apply ' + n); return f
    return w
@deco('outer')
@deco('inner')
def g(x=t('default')): pass
show('decorators')
class K(t('base_expr', object), metaclass=t('meta', type)):
    log.append('body')
show('class')
for q in t('iter', [1, 2]): log.append(q)
show('for')
print(f"{t('f1')}{t('f2')}"); show('fstring')
assert t('assert_cond', True), t('msg'); show('assert')
with open(__file__) as fh:
    pass
x = 1
x += t('aug', 1); show('aug')
lst2 = [1]
lst2[t('idx', 0)] += t('val', 1); show('aug subscript')
