"""Shallow and deep copy operations."""

import types
import weakref
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]

# Types whose instances never change: copying returns the object itself.
_ATOMIC = frozenset([
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
    complex, bytes, str, types.CodeType, type, range,
    types.BuiltinFunctionType, types.FunctionType, weakref.ref, property,
])

_SHALLOW_ATOMIC = _ATOMIC | frozenset([tuple, frozenset, slice])

_SHALLOW_METHODS = {
    list: list.copy,
    dict: dict.copy,
    set: set.copy,
    bytearray: bytearray.copy,
}


def _reduce_for(obj, cls, kind):
    """Return the reduce value of *obj* (via copyreg or __reduce_ex__)."""
    hook = dispatch_table.get(cls)
    if hook is not None:
        return hook(obj)
    by_protocol = getattr(obj, "__reduce_ex__", None)
    if by_protocol is not None:
        return by_protocol(4)
    plain = getattr(obj, "__reduce__", None)
    if plain is None:
        raise Error("un(%s)copyable object of type %s" % (kind, cls))
    return plain()


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _SHALLOW_ATOMIC or issubclass(cls, type):
        return x
    method = _SHALLOW_METHODS.get(cls)
    if method is not None:
        return method(x)
    own = getattr(cls, "__copy__", None)
    if own is not None:
        return own(x)
    recipe = _reduce_for(x, cls, "shallow")
    if isinstance(recipe, str):
        return x
    return _rebuild(x, None, *recipe)


def _copy_list(x, memo):
    result = []
    memo[id(x)] = result
    for item in x:
        result.append(deepcopy(item, memo))
    return result


def _copy_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for key, value in x.items():
        result[deepcopy(key, memo)] = deepcopy(value, memo)
    return result


def _copy_tuple(x, memo):
    parts = [deepcopy(item, memo) for item in x]
    # A recursive tuple may have been copied while copying its items.
    done = memo.get(id(x), _MISSING)
    if done is not _MISSING:
        return done
    if all(new is old for new, old in zip(parts, x)):
        return x
    return tuple(parts)


def _copy_bound_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_DEEP_HANDLERS = {
    list: _copy_list,
    dict: _copy_dict,
    tuple: _copy_tuple,
    types.MethodType: _copy_bound_method,
}

_MISSING = object()


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x."""
    if memo is None:
        memo = {}
    key = id(x)
    seen = memo.get(key, _MISSING)
    if seen is not _MISSING:
        return seen
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        result = x
    else:
        handler = _DEEP_HANDLERS.get(cls)
        if handler is not None:
            result = handler(x, memo)
        else:
            own = getattr(x, "__deepcopy__", None)
            if own is not None:
                result = own(memo)
            else:
                recipe = _reduce_for(x, cls, "deep")
                if isinstance(recipe, str):
                    result = x
                else:
                    result = _rebuild(x, memo, *recipe)
    if result is not x:
        memo[key] = result
        _hold(x, memo)
    return result


def _hold(x, memo):
    # Keep originals alive for the duration of the copy so that their ids
    # (the memo keys) cannot be reused by new objects.
    keeper = memo.setdefault(id(memo), [])
    keeper.append(x)


def _apply_state(obj, state):
    setter = getattr(obj, "__setstate__", None)
    if setter is not None:
        setter(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        obj.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(obj, name, value)


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    obj = func(*args)
    if deep:
        memo[id(x)] = obj
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _apply_state(obj, state)
    if listiter is not None:
        for item in listiter:
            obj.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            obj[key] = value
    return obj
