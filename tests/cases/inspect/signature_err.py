# A validating decorator built on inspect.signature; the final call fails in user code.
import functools
import inspect


def checked(func):
    sig = inspect.signature(func)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            expected = sig.parameters[name].annotation
            if expected is not inspect.Parameter.empty and not isinstance(value, expected):
                raise TypeError(f'{func.__name__}(): {name} must be {expected.__name__}')
        return func(*bound.args, **bound.kwargs)
    return wrapper


@checked
def repeat(text: str, times: int = 2) -> str:
    return text * times


print(repeat('ab'), repeat('x', times=3))
print(inspect.signature(repeat))
repeat('ab', times='3')
