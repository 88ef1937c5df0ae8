srcs = ["case f'{x}': pass", "case {**_}: pass", "case 1 + 2: pass", "case -1 - 2j: pass", "case 1 + 2j: pass", "case -(1): pass", "case a.b(): pass", "case a.b: pass", "case (a.b): pass",
        "case [a, *_, *_]: pass", "case x if x: pass\n    case y: pass", "case x: pass\n    case y: pass", "case _: pass\n    case 1: pass", "case (x): pass\n    case 1: pass", "case x | y: pass",
        "case (1 | x): pass", "case [x] | [y]: pass", "case [x] | [x]: pass", "case {'a': x} | {'b': x}: pass", "case {x.y: 1}: pass", "case {1: a, 2: a}: pass", "case {x: 1}: pass",
        "case int(x=1, x=2): pass", "case int(1, x=2, 3): pass", "case 'a' 'b': pass", "case b'a' 'b': pass", "case -x: pass", "case 0x10 | 0o7 | 0b1: pass", "case 1_000.5: pass",
        "case None | True | False: pass", "case ...: pass", "case [*rest] if rest: pass", "case (*a,): pass", "case a as b as c: pass", "case (a as b) as c: pass", "case _ as x: pass",
        "case x as _: pass", "case 1 as True: pass", "case [1, 2] as lst: pass", "case {**rest, **more}: pass", "case {'k': _, **rest}: pass", "case int() | str(): pass", "case (): pass", "case []: pass", "case [()]: pass", "case {}: pass",
        "case *x: pass", "case a, b: pass", "case a, *b: pass", "case 1,: pass", "case (1, 2) | [3, 4]: pass"]
for s in srcs:
    src = 'match v:\n    ' + s + '\n'
    try:
        compile(src, 'm', 'exec')
        print('ok', repr(s))
    except SyntaxError as e:
        print(repr(s), '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
def run(v):
    match v:
        case 1, 2: return 'tuple-ish 1,2'
        case [1, *_] | (2, *_): return 'starts 1 or 2'
        case -0j: return 'neg zero complex'
        case -1 - 2j: return 'complex literal'
        case {'type': 'circle', 'r': r} if r > 0: return f'circle {r}'
        case {'type': 'rect', **kw} if not kw: return 'rect no dims'
        case {'type': ('rect' | 'square') as t, **kw}: return f'{t} {sorted(kw)}'
        case str() | bytes() as s if len(s) > 3: return f'long {type(s).__name__}'
        case int(0) | float(0.0): return 'zero num'
        case _: return 'other'
for v in [(1, 2), [1, 9], (2,), 0j, -1-2j, {'type': 'circle', 'r': 2}, {'type': 'circle', 'r': -1}, {'type': 'rect'}, {'type': 'rect', 'w': 1, 'h': 2}, {'type': 'square', 's': 1}, 'hello', b'hi', b'hello', 0, 0.0, False, 0j+1]:
    print(repr(v), run(v))
