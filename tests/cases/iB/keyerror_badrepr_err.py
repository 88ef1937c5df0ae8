class K:
    def __hash__(self):
        return 1
    def __repr__(self):
        raise ValueError("no repr")
d = {}
try:
    d[K()]
except KeyError as e:
    try:
        print(str(e))
    except ValueError as v:
        print("str failed:", v)
d[K()]
