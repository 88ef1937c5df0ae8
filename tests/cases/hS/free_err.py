def outer():
    def inner():
        print(x)
    inner()
    x = 1
outer()
