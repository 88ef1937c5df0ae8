def bad_deco(arg):
    def wrap(f):
        raise ValueError(f"cannot decorate {f.__name__} with {arg}")
    return wrap
class K:
    @staticmethod
    @bad_deco(
        "multi-line"
    )
    def m():
        pass
