records = [(3, "c"), (1, None), (2, "b")]
print(sorted(records, key=lambda r: r[1].upper()))
