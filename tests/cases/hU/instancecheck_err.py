class Checker(type):
    def __instancecheck__(cls, obj):
        return obj.kind == "good"
class Good(metaclass=Checker): pass
class Thing:
    kind = "good"
print(isinstance(Thing(), Good))
print(isinstance(3, Good))
