class M:
    pass
x = M() @ M()
