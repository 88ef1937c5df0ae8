def f():
    return
break
