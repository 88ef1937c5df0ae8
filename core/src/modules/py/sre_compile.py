import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

from re import _compiler as _mod
globals().update({k: v for k, v in vars(_mod).items() if not k.startswith('__')})
del _mod, warnings
