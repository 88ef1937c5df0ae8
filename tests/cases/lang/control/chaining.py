try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError('first')
    except ValueError as v:
        raise TypeError('second') from v
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise TypeError('x') from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
try:
    try:
        1 / 0
    finally:
        print('in finally')
except ZeroDivisionError as e:
    print('propagated', e)
def gen_ctx():
    try:
        raise KeyError('k')
    except KeyError:
        try:
            raise IndexError('i')
        except IndexError as e:
            return e
e = gen_ctx()
print(repr(e), repr(e.__context__))
try:
    raise ValueError('v')
except ValueError as e:
    try:
        raise
    except ValueError as e2:
        print(e2 is e)
