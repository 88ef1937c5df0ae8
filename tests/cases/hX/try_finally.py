def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
print(f2())
def f3():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print('f3 finally', i)
    return i
print(f3())
def f4():
    for i in range(3):
        try:
            continue
        finally:
            print('f4 fin', i)
print(f4())
def f5():
    try:
        raise ValueError('x')
    finally:
        return 'swallowed'
print(f5())
def f6():
    for i in range(2):
        try:
            raise KeyError(i)
        finally:
            continue
    return 'loop done'
print(f6())
def f7():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)
    else:
        print('not here')
    finally:
        print('outer finally')
f7()
def f8():
    try:
        pass
    except Exception:
        print('no')
    else:
        print('else runs')
        return 'from else'
    finally:
        print('finally after else')
print(f8())
def f9():
    x = 0
    while True:
        try:
            x += 1
            if x > 2:
                return x
        finally:
            if x == 3:
                print('finally sees x=3')
print(f9())
def f10():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as e:
            return repr(e.__context__)
print(f10())
def f11():
    e = 'before'
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except NameError as ne:
        return 'NameError: ' + str(ne)
print(f11())
def f12():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
    finally:
        print('f12 finally')
try:
    f12()
except ZeroDivisionError as e:
    print('reraised', e)
def f13():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            print('handled in finally')
print(f13())
import sys
def f14():
    try:
        raise KeyError('k')
    except KeyError:
        print(sys.exc_info()[0].__name__)
        try:
            raise IndexError
        except IndexError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
f14()
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
for v in gen():
    print(v)
    break
print('after break')
def f15():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                break
    else:
        return 'else'
    return i
print(f15())
while True:
    try:
        break
    finally:
        print('while finally')
else:
    print('no else')
for i in []:
    pass
else:
    print('for else on empty')
n = 0
while n < 2:
    n += 1
else:
    print('while else', n)
