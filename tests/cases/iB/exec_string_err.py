code = """
def f(n):
    return 10 / n
f(0)
"""
exec(code)
