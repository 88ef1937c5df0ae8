def f1():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print('f1 finally', i)
    return i
print(f1())
def f2():
    for i in range(3):
        try:
            continue
        finally:
            print('f2 finally', i)
print(f2())
def f3():
    try:
        try:
            return 'inner'
        finally:
            print('f3 inner finally')
    finally:
        print('f3 outer finally')
print(f3())
def f4():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f4())
def f5():
    while True:
        try:
            raise KeyError
        finally:
            break
    return 'broke out'
print(f5())
def f6():
    x = []
    for i in range(2):
        try:
            try:
                x.append(i)
                continue
            finally:
                x.append('inner')
        finally:
            x.append('outer')
    return x
print(f6())
def f7():
    try:
        return 'try'
    except Exception:
        return 'except'
    else:
        return 'else'
print(f7())
def f8():
    try:
        pass
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('f8 finally')
print(f8())
def f9():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                continue
            if i == 2:
                return str(e)
        print('after', i)
print(f9())
