class Custom(Exception):
    def __str__(self):
        return "custom str <" + ",".join(map(str, self.args)) + ">"
def a():
    raise Custom(1, 2)
try:
    a()
except Custom as e:
    print("caught", e)
class Outer:
    class Nested(ValueError):
        pass
raise Outer.Nested("nested class error")
