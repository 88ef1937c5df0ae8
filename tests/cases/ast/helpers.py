import ast

src = 'a = 1\r\nb = (2 +\r\n\t 3)\rc = "\u00e9" ; d = [\n  4,\n  5]\n'
tree = ast.parse(src)
for node in ast.walk(tree):
    seg = ast.get_source_segment(src, node)
    pad = ast.get_source_segment(src, node, padded=True)
    print(type(node).__name__, repr(seg), repr(pad) if pad != seg else '')

new = ast.BinOp(ast.Constant(1), ast.Add(), ast.Name('x', ast.Load()))
new.left.lineno = 7
new.left.end_lineno = None
ast.fix_missing_locations(ast.Expression(new))
print(ast.dump(new, include_attributes=True))
old = ast.parse('value').body[0].value
old.end_col_offset = None
target = ast.Name('y', ast.Load())
ast.copy_location(target, old)
print(ast.dump(target, include_attributes=True))
t = ast.parse('if x:\n    y = 1\n')
ast.increment_lineno(t, 10)
print([(type(n).__name__, getattr(n, 'lineno', None), getattr(n, 'end_lineno', None)) for n in ast.walk(t)])
print(ast.dump(ast.parse('f(a, b=[1, 2])'), indent='--'))
print(ast.dump(ast.parse('x'), indent=0))
for s in ['-1-2j', '+1.5+3j', '1-0j', '{1: {2: (3, -4)}}', '[set(), {-1}]', '-(1)', "('a', b'b', None)"]:
    print(s, repr(ast.literal_eval(s)))
for bad in ['set(1)', '-(1+2j)', '1+1', '~1', 'a', '[1, -x]']:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print(bad, str(e).split(' object at ')[0])
