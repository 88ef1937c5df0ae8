def make():
    return None
make()()
