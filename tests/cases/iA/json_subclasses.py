import json
class SortedDict(dict):
    def items(self): return sorted(super().items())
    def keys(self): return sorted(super().keys())
    def __iter__(self): return iter(self.keys())
class RevList(list):
    def __iter__(self): return reversed(self)
sd = SortedDict(b=1, a=2, c=3)
print(json.dumps(sd), json.dumps(sd, indent=1), json.dumps({"x": sd}), json.dumps(RevList([1, 2, 3])), json.dumps([RevList([1, 2])], indent=None))
print(json.dumps(sd, sort_keys=True), list(sd), dict(sd), {**sd})
class T(tuple):
    def __iter__(self): return iter(["t"])
print(json.dumps(T((1, 2))), list(T((1, 2))))
print(json.dumps(RevList([1, [2, 3], RevList([4, 5])]), indent=2))
print(json.dumps(RevList()), json.dumps(T(())), json.dumps(RevList([sd]), sort_keys=True, separators=(",", ":")))
class Boom(list):
    def __iter__(self): raise RuntimeError("no iteration")
try:
    json.dumps({"k": Boom([1])})
except RuntimeError as e:
    print("RuntimeError", e)
print(json.dumps(Boom()) if False else None)
