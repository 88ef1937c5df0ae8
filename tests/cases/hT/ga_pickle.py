import pickle, copy, typing
T = typing.TypeVar("T")
for obj in [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], list[T]]:
    for fn in [lambda o: pickle.loads(pickle.dumps(o)), copy.copy, copy.deepcopy]:
        try:
            r = fn(obj)
            print(repr(r), r == obj)
        except Exception as e:
            print(type(e).__name__, e)
for obj in [int | str, int | None]:
    for fn in [lambda o: pickle.loads(pickle.dumps(o)), copy.copy, copy.deepcopy]:
        try:
            r = fn(obj)
            print(repr(r), r == obj)
        except Exception as e:
            print(type(e).__name__, e)
print(list[int].__reduce_ex__(2) if False else "")
print(typing.List[int] == pickle.loads(pickle.dumps(typing.List[int])))
print(copy.deepcopy(typing.Optional[int]))
