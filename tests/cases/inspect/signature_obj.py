# Signature and Parameter objects: attributes, kinds, equality, replace, construction.
import inspect
from inspect import Parameter, Signature


def f(a, b: int = 2, /, c=3, *args, d, e: str = 'x', **kw) -> bool:
    pass


sig = inspect.signature(f)
print(list(sig.parameters))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, int(p.kind), p.default is Parameter.empty,
          p.annotation if p.annotation is not p.empty else '-', repr(p), str(p))
print(sig.return_annotation, sig.parameters['b'].default, sig.parameters['e'].annotation)
print(repr(Parameter.POSITIONAL_ONLY), Parameter.VAR_KEYWORD.name, Parameter.KEYWORD_ONLY < Parameter.VAR_KEYWORD)
print(Parameter.empty, Signature.empty is Parameter.empty, inspect._empty is Parameter.empty)
print(sig == inspect.signature(f), hash(sig) == hash(inspect.signature(f)))


def g(a, b: int = 2, /, c=3, *args, d, e: str = 'x', **kw) -> bool:
    pass


def h(a, b=2): pass


print(sig == inspect.signature(g), sig == inspect.signature(h), sig != inspect.signature(h))

new = sig.replace(return_annotation=Signature.empty)
print(new)
params = [p.replace(annotation=Parameter.empty) for p in sig.parameters.values()]
print(sig.replace(parameters=params))
print(sig.parameters['c'].replace(name='cc', default=None))
print(sig.parameters['c'].replace(kind=Parameter.KEYWORD_ONLY))

p1 = Parameter('x', Parameter.POSITIONAL_OR_KEYWORD)
p2 = Parameter('y', Parameter.POSITIONAL_OR_KEYWORD, default=0, annotation=float)
p3 = Parameter('rest', Parameter.VAR_POSITIONAL)
p4 = Parameter('flag', Parameter.KEYWORD_ONLY, default=False)
built = Signature([p1, p2, p3, p4], return_annotation=int)
print(built, built.parameters['y'], p1 == Parameter('x', Parameter.POSITIONAL_OR_KEYWORD))
print(Signature(), Signature([Parameter('a', Parameter.POSITIONAL_ONLY)]))
print(Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.VAR_KEYWORD)]))


def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ':', e)


attempt('bad name', lambda: Parameter('1x', Parameter.KEYWORD_ONLY))
attempt('keyword name', lambda: Parameter('class', Parameter.KEYWORD_ONLY))
attempt('non-str name', lambda: Parameter(3, Parameter.KEYWORD_ONLY))
attempt('bad kind', lambda: Parameter('a', 17))
attempt('var default', lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1))
attempt('kw default', lambda: Parameter('a', Parameter.VAR_KEYWORD, default=1))
attempt('order', lambda: Signature([p4, p1]))
attempt('order2', lambda: Signature([Parameter('a', Parameter.POSITIONAL_OR_KEYWORD),
                                     Parameter('b', Parameter.POSITIONAL_ONLY)]))
attempt('non-default', lambda: Signature([p2, p1]))
attempt('duplicate', lambda: Signature([p1, p1]))
attempt('int kind', lambda: Parameter('a', 0))
print(Parameter('a', 3).kind, Parameter('a', 1) == Parameter('a', Parameter.POSITIONAL_OR_KEYWORD))
print(len(sig.parameters), 'd' in sig.parameters, type(sig.parameters).__name__)
try:
    sig.parameters['zz'] = 1
except TypeError as e:
    print('TypeError:', e)
