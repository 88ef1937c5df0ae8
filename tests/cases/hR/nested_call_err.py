class Temp:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return f"Temp({self.c})"
    def __lt__(self, other):
        return self.c < other.c
    def __format__(self, spec):
        return format(self.c, spec) + "C"
temps = [Temp(3), Temp(1), Temp(2)]
print(sorted(temps), min(temps), max(temps))
print(f"{temps[0]:>6.1f}")
print(f"{temps[0]:q}")
