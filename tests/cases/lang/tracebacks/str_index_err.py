s = "ab"
print(s[10])
