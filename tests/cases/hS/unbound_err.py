def f(flag):
    if flag:
        result = "yes"
    return result
print(f(True))
f(False)
