words = ["alpha", "beta"]
lengths = {w: len(w) for w in words}
print(lengths)
print(lengths.nope)
