print([x for x in [1, 2] if x.foo])
