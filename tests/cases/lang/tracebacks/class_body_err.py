class A:
    x = undefined_name
