import ast
n = ast.Num(5)
print(type(n).__name__, n.value, n.n, isinstance(n, ast.Num), isinstance(n, ast.Str), isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(True), ast.NameConstant))
s = ast.Str(s='x')
print(type(s).__name__, s.value, s.s, isinstance(s, ast.Str), isinstance(ast.Constant(b'x'), ast.Bytes))
e = ast.Ellipsis()
print(ast.dump(e), isinstance(e, ast.Ellipsis), isinstance(ast.parse('...').body[0].value, ast.Ellipsis))
print(type(ast.Index(ast.Name("x", ast.Load()))).__name__, ast.dump(ast.ExtSlice([ast.Constant(1)])))
print([isinstance(x, ast.Num) for x in ast.walk(ast.parse('a = 1 + 2.0 + "s"'))])
try:
    ast.Num(1, n=2)
except TypeError as e:
    print(e)
c = ast.Constant(1); c.n = 7; print(c.value)
print(ast.Num._fields, ast.Str._fields, issubclass(ast.Num, ast.Constant), ast.Index.__mro__[1].__name__)
