def t(tag, v):
    print('eval', tag)
    return v
print([t('elt', x) for x in t('iter', [1, 2]) if t('cond', True)])
print({t('k', x): t('v', x) for x in t('src', 'a')})
g = (t('gen', x) for x in t('first-iter-eager', [1]))
print('created')
print(list(g))
print([x + y for x in t('outer', [1, 2]) for y in t('inner', [10])])
