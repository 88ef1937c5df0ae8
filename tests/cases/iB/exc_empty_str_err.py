class Quiet(Exception):
    def __str__(self):
        return ""
try:
    raise Quiet()
except Quiet as e:
    print(repr(str(e)))
raise Quiet("something")
