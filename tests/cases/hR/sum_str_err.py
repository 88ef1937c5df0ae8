parts = ["x", "y"]
print("".join(parts))
total = sum(parts, "")
print(total)
