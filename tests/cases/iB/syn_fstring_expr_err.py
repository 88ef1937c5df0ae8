s = "a\qb"
print(s)
t = f"{1 + }"
