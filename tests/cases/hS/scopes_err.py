def outer():
    def inner():
        return val + 1
    r = inner()
    val = 3
    return r
outer()
