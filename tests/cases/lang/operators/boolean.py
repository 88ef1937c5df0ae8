print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, '' or 'x', [] and 1)
print(not 0, not 1, not [], not [0], not None)
def t(v):
    print('eval', v)
    return v
print(t(0) and t(1) and t(2))
print(t(1) and t(2) or t(3))
print(t(0) or t(0) or t(5))
print(t(1) if t(0) else t(2))
x = 3
print('a' if x > 2 else 'b' if x > 1 else 'c', 'a' if x > 5 else 'b' if x > 1 else 'c')
print((lambda: 0 or 'default')())
