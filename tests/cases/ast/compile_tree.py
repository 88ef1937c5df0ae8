import ast

tree = ast.parse('x = 6 * 7\nprint("x is", x)\n')
code = compile(tree, '<ast>', 'exec')
exec(code)


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


tree = Double().visit(ast.parse('print(1 + 2, [3, 4])'))
exec(compile(ast.fix_missing_locations(tree), '<ast>', 'exec'))
expr = ast.parse('10 / 4', mode='eval')
print(eval(compile(expr, '<ast>', 'eval')))
t = compile('a + b', '<s>', 'eval', ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
t = compile('y = 1', '<s>', 'exec', flags=ast.PyCF_ONLY_AST)
print(ast.dump(t))
try:
    compile(ast.parse('1', mode='eval'), '<ast>', 'exec')
except TypeError as e:
    print('TypeError', e)
try:
    compile(42, '<x>', 'exec')
except TypeError as e:
    print('TypeError', e)
