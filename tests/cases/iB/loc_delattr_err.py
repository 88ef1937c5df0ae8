class O:
    pass
o = O()
o.x = 1
del o.x
del o.x
