import ast
import copy

tree = ast.parse('def f(x):\n    return x + 1\n\nprint(f(2), a, b)\n')


class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        print('function', node.name, [a.arg for a in node.args.args])
        self.generic_visit(node)


v = Names()
v.visit(tree)
print(v.names)


class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'a':
            return ast.copy_location(ast.Constant(42), node)
        if node.id == 'b':
            return None
        return node

    def visit_Return(self, node):
        self.generic_visit(node)
        return [node, ast.Pass()]


t2 = Rename().visit(copy.deepcopy(tree))
ast.fix_missing_locations(t2)
print(ast.dump(t2, include_attributes=True))
print(ast.dump(tree))
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.Name('x', ast.Load()))])
ast.increment_lineno(tree, 3)
print([(type(n).__name__, n.lineno) for n in ast.walk(tree) if hasattr(n, 'lineno')])
src = 'x = [1,\n     2]  # c\ny = "é" + z\n'
t = ast.parse(src)
print(repr(ast.get_source_segment(src, t.body[0].value)))
print(repr(ast.get_source_segment(src, t.body[1].value.right)))
print(repr(ast.get_source_segment(src, t.body[1].value.left)))
print(repr(ast.get_source_segment(src, t.body[0].value, padded=True)))

n = ast.Name('x', ast.Load(), lineno=3)
print(n.id, n.lineno, ast.dump(n), ast.dump(n, include_attributes=True))
b = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))
print(ast.dump(b))
print(ast.dump(ast.Constant(value=1, kind=None)), ast.dump(ast.FunctionDef()))
for args in [(1, 2, 3), (1,)]:
    try:
        ast.Name(*args)
        print('ok')
    except TypeError as e:
        print(e)
try:
    ast.Pass(1)
except TypeError as e:
    print(e)
try:
    ast.Return(1, 2)
except TypeError as e:
    print(e)
try:
    ast.Name().id
except AttributeError as e:
    print(e)
try:
    ast.get_docstring(ast.Name())
except TypeError as e:
    print(e)
try:
    ast.dump(1)
except TypeError as e:
    print(e)
print(isinstance(ast.parse('1').body[0].value.value, int), ast.parse('x').body[0].value.ctx is ast.parse('y').body[0].value.ctx)
