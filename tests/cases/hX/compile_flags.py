import __future__, ast
code = compile('def f(x: undefined_name): pass', 'c', 'exec', flags=__future__.annotations.compiler_flag)
ns = {}
exec(code, ns)
print(ns['f'].__annotations__)
try:
    exec(compile('def f(x: undefined_name): pass', 'c', 'exec'), {})
except NameError as e:
    print('NameError', e)
t = compile('x = 1 + 2', 'c', 'exec', ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
try: compile('x', 'c', 'exec', flags=1 << 30)
except ValueError as e: print(e)
try: compile('x', 'c', 'bad')
except ValueError as e: print(e)
try: compile(5, 'c', 'exec')
except TypeError as e: print(e)
try: compile('x', 5, 'exec')
except TypeError as e: print(e)
c = compile('a + b', '<expr>', 'eval')
print(c.co_name, c.co_filename, c.co_names, eval(c, {'a': 1, 'b': 2}))
c2 = compile('x = 1\ny = 2\n', 'multi', 'exec')
print(c2.co_name, c2.co_names, c2.co_firstlineno)
print(compile('1', 'c', 'eval', dont_inherit=True, optimize=2).co_consts if False else 'ok')
import types
print(isinstance(c, types.CodeType), type(c).__name__)
