def f():
\tif x:
        pass
