class Checked(map):
    def __next__(self):
        value = super().__next__()
        if value < 0:
            raise ValueError(f"negative value {value}")
        return value
print(list(Checked(int, ["1", "2", "3"])))
total = 0
for v in Checked(int, ["4", "-5", "6"]):
    total += v
    print("running total", total)
