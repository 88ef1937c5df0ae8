def f(*a, **k): return a, k
class M(dict): pass
tests = [lambda: dict(**{1: 2}), lambda: f(**{1: 2}), lambda: f(**{'a': 1}, a=2), lambda: f(a=1, **{'a': 2}), lambda: print(**{'sep': 1}), lambda: print(**{'end': 5}),
         lambda: print('x', file=1), lambda: sorted([], **{'key': None, 'reverse': 1}), lambda: f(**M(x=1)), lambda: dict(a=1, **{'b': 2}), lambda: dict({'a': 1}, a=2), lambda: dict([(1, 2)], **{'k': 3}),
         lambda: int(x='1'), lambda: int('1', base=2), lambda: str(object=5), lambda: str(b'a', encoding='ascii'), lambda: list(iterable=[1]), lambda: range(stop=1), lambda: max([1], key=None, default=0),
         lambda: 'a'.split(sep=None, maxsplit=0), lambda: 'a b'.split(maxsplit=1), lambda: list(enumerate(iterable=[1], start=1)), lambda: list(zip([1], strict=True)), lambda: sum([1], start=1), lambda: round(number=1.5, ndigits=None),
         lambda: divmod(a=1, b=2), lambda: getattr(o=1, name='x'), lambda: isinstance(obj=1, class_or_tuple=int), lambda: open(file=None) if False else 'skip', lambda: pow(base=2, exp=3, mod=5), lambda: f(*(1,), **{'b': 2}, c=3)]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
