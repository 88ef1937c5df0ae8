s = "abc"
n = int(s) if s.isdigit() else int(s, 16) + int(s[5:] or "z")
