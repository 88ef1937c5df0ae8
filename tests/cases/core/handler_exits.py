# Leaving exception handlers by every route, inside loops, functions and generators.
import sys


def named_return(x):
    for i in range(3):
        try:
            raise ValueError(x, i)
        except ValueError as e:
            if i == 1:
                return e.args
    return None


def unnamed_break():
    n = 0
    while True:
        n += 1
        try:
            {}["k"]
        except KeyError:
            if n > 2:
                break
    return n, sys.exc_info()


def continue_in_named():
    seen = []
    for i in range(4):
        try:
            1 / (i % 2)
        except ZeroDivisionError as err:
            seen.append(type(err).__name__)
            continue
        seen.append(i)
    try:
        err
    except NameError as e:
        seen.append(str(e))
    return seen


def nested_handlers():
    out = []
    for i in range(3):
        try:
            try:
                raise IndexError(i)
            except KeyError:
                out.append("never")
            finally:
                out.append(("finally", i))
        except IndexError as e:
            out.append(("outer", e.args[0], sys.exc_info()[0].__name__))
            if i == 1:
                continue
        out.append(("after", i, sys.exc_info()[0]))
    return out


def finally_exits():
    out = []
    for i in range(4):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            out.append(i)
        finally:
            out.append(("f", i))
    return out


def return_in_finally():
    try:
        raise RuntimeError("dropped")
    finally:
        return "finally wins"


def gen():
    for i in range(3):
        try:
            raise LookupError(i)
        except LookupError as e:
            yield e.args[0]
            yield sys.exc_info()[0].__name__
    yield sys.exc_info()


def with_in_loop():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            out.append(("exit", a[0].__name__ if a[0] else None))
            return a[0] is KeyError

    out = []
    for i in range(3):
        with CM():
            if i == 0:
                continue
            if i == 1:
                raise KeyError(i)
            out.append("body")
    return out


def deep_stack(n):
    total = 0
    for i in range(n):
        try:
            try:
                raise ValueError
            except ValueError:
                raise TypeError from None
        except TypeError as e:
            total += e.__suppress_context__
    return total


print(named_return("a"))
print(unnamed_break())
print(continue_in_named())
print(nested_handlers())
print(finally_exits())
print(return_in_finally())
print(list(gen()))
print(with_in_loop())
print(deep_stack(1000))
for x in range(2):
    try:
        raise ValueError
    except (TypeError, ValueError):
        pass
print("module level ok", x)
