def f():
    import nonexistent_module_q
f()
