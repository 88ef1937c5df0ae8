# Coverage for the inspect rewrite: signature reprs, bind errors, partials, getmembers, predicates.
import inspect
import functools
from inspect import Parameter, Signature


def f(a, b: int = 2, /, c=3, *args, d, e: str = 'x', **kw) -> bool:
    pass


def g(x, y=1, *, z):
    pass


class K:
    """Doc of K."""
    attr = 5

    def __init__(self, p, q=0):
        self.p = p

    def meth(self, r, *s):
        "meth doc"

    @classmethod
    def cm(cls, t):
        pass

    @staticmethod
    def sm(u, v=9):
        pass

    @property
    def prop(self):
        return 1


class Child(K):
    def meth(self, r, *s):
        pass


sig = inspect.signature(f)
print(sig, repr(sig))
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, int(p.kind), p.default is p.empty)
print(inspect.signature(K), inspect.signature(K.meth), inspect.signature(K(1).meth))
print(inspect.signature(K.cm), inspect.signature(K.sm), inspect.signature(lambda *, k=1: k))
print(inspect.signature(functools.partial(g, 1)), inspect.signature(functools.partial(g, y=5)))
print(inspect.signature(functools.partial(f, 1, 2, d=0)))


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=>', r)


gs = inspect.signature(g)
attempt('bind ok', lambda: gs.bind(1, z=2))
attempt('bind many', lambda: gs.bind(1, 2, 3, z=4))
attempt('bind missing', lambda: gs.bind(1))
attempt('bind dup', lambda: gs.bind(1, x=2, z=3))
attempt('bind unexpected', lambda: gs.bind(1, z=2, w=3))
attempt('bind posonly', lambda: sig.bind(a=1, d=2))
attempt('bind partial', lambda: gs.bind_partial(y=3))
ba = sig.bind(1, 2, 3, 4, 5, d=6, extra=7)
print(ba.args, ba.kwargs, ba)
ba = gs.bind(1, z=3)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
attempt('param default var', lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1))
attempt('param bad name', lambda: Parameter('1x', Parameter.KEYWORD_ONLY))
attempt('param kw name', lambda: Parameter('class', Parameter.KEYWORD_ONLY))
attempt('param kind', lambda: Parameter('a', 7))
attempt('param name type', lambda: Parameter(3, Parameter.KEYWORD_ONLY))
attempt('sig order', lambda: Signature([Parameter('a', Parameter.KEYWORD_ONLY),
                                        Parameter('b', Parameter.POSITIONAL_ONLY)]))
attempt('sig default', lambda: Signature([Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1),
                                          Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)]))
attempt('sig dup', lambda: Signature([Parameter('a', Parameter.POSITIONAL_ONLY),
                                      Parameter('a', Parameter.KEYWORD_ONLY)]))
attempt('not callable', lambda: inspect.signature(3))
s2 = Signature([Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('b', Parameter.KEYWORD_ONLY, annotation=list)],
               return_annotation=dict)
print(s2, s2.replace(return_annotation=Signature.empty), s2 == inspect.signature(lambda a, /, *, b: 0))
print(Parameter('x', Parameter.KEYWORD_ONLY).replace(name='y', default=None))
print(inspect.getfullargspec(f))
print(inspect.getcallargs(g, 1, z=2), sorted(inspect.getcallargs(K(1).meth, 1, 2)))
print([n for n, v in inspect.getmembers(K) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(K(1), inspect.ismethod)])
print(inspect.getdoc(Child), inspect.getdoc(Child.meth), inspect.getdoc(Child(1).meth))
print(inspect.cleandoc('  first\n      a\n    b\n\n'))
preds = [n for n in dir(inspect) if n.startswith('is') and n not in (
    'iskeyword', 'ismemberdescriptor', 'ismethodwrapper')]
objs = [inspect, K, K.meth, K(1).meth, (x for x in ()), K.prop, K.__dict__['cm'],
        [].append, object.__init__, f]
for name in preds:
    print(name, [getattr(inspect, name)(o) for o in objs])
print(inspect.unwrap(functools.wraps(f)(lambda: 0)) is f, inspect.getattr_static(K(1), 'prop') is K.prop)
print(inspect.isabstract(K), inspect.getmro(Child)[1].__name__)
