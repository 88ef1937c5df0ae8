src = """
def inner(v):
    return v['missing']

def outer():
    return inner({'present': 1})
"""
ns = {}
exec(src, ns)
try:
    ns['outer']()
except KeyError as e:
    print('caught', repr(e))
print(eval("1 + 2"))
code = compile("x = 1\ny = x / 0\n", "<calc>", "exec")
exec(code, {})
