def t(src, env=None):
    env = dict(env or {})
    try:
        exec(src, env)
        print(src, '->', 'ok', env.get('r'))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
for src in ['x = 1; x += "a"', 'x = [1]; x -= [1]', 'x = "s"; x *= 1.5', 'x = 1; x @= 2', 'x = 2; x **= "a"', 'x = 5; x //= 0', 'x = 5.0; x %= 0',
            'x = {1}; x += {2}', 'x = (1,); x += [2]', 'x = [1]; x += (2,); r = x', 'x = [1]; x += "ab"; r = x', 'x = [1]; x += 5', 'x = "a"; x -= "a"',
            'r = 2 ** "a"', 'r = pow("a", 2)', 'r = pow(2, 2, "a")', 'r = divmod("a", 2)', 'r = "a" @ "b"', 'r = [] @ []', 'r = 1 << "a"', 'r = 1.0 << 1', 'r = 1 & 1.0', 'r = {} | []',
            'r = -"a"', 'r = +"a"', 'r = ~"a"', 'r = ~[]', 'r = -{}', 'r = not []',
            'r = "a" < 1', 'r = [] > {}', 'r = 1 <= None', 'r = object() >= object()', 'r = (1,) < [1]', 'r = 1 < 2 < "a"', 'r = 3j > 1',
            'r = len(5)', 'r = len(None)', 'r = (x for x in [])[0]', 'r = len(x for x in [])', 'a, b = 5', 'a, b = None', 'for q in 5: pass', 'r = [*5]', 'r = {**[]}', 'r = {**None}', 'r = list(*5)',
            'r = 5()', 'r = "abc"()', 'r = [1]()', 'r = None()', 'r = (1, 2)(3)',
            's = "abc"; s[0] = "x"', 't = (1,); t[0] = 2', 't = (1,); del t[0]', 's = "a"; del s[0]', 'f = frozenset(); f.add(1)', 'r = {}; r[[]] = 1', 'r = range(3); r[0] = 1', 'b = b"x"; b[0] = 1', 'r = 5; r[0] = 1', 'r = 5; del r[0]', 'r = None; r["k"]',
            'r = "a" + 1', 'r = "a" + None', 'r = [] + ()', 'r = () + []', 'r = [] + "a"', 'r = b"" + 1', 'r = b"" + ""', 'r = 1 + None', 'r = None + 1', 'r = 1.5 * "a"', 'r = "a" * 1.5', 'r = [] * []', 'r = {} * 2', 'r = 2 - []', 'r = "x" % ()', 'r = "x %s" % ()', 'r = "%s %s" % "ab"', 'r = 5 % "a"', 'r = [] % 1',
            'r = int.x', 'r = (1).x', 'r = "".x', 'r = [].x', 'r = {}.x', 'r = None.x', 'r = type.x', 'import math; r = math.x', 'r = (lambda: 0).x', 'r = len.x', 'r = object().x',
            '(1).real = 5', '"".upper = 1', 'int.real = 5', 'del (1).real', 'object.x = 1', 'import sys; sys.getrecursionlimit.x = 1', 'x = [].append; x.y = 2', 'int.__name__ = "q"']:
    t(src)
class A: pass
class B:
    def __getitem__(self, i): return i
class Idx:
    def __index__(self): return 0
for o in [5, (1,), 'a', b'a', range(1), frozenset(), None, {}.keys(), iter([]), A(), B(), len]:
    for k in [0, 'k', Idx(), True]:
        try:
            del o[k]
        except TypeError as e:
            print(e)
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=False), sorted('ba', reverse=Idx()))
for rv in [None, 'x', 1.5, []]:
    try:
        print(sorted([1, 2], reverse=rv))
    except TypeError as e:
        print(e)
    try:
        [2, 1].sort(reverse=rv)
    except TypeError as e:
        print(e)
print(repr(str(encoding='utf-8')), repr(str(errors='strict')), repr(str(b'ab', errors='strict')))
