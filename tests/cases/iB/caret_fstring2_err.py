d = {}
msg = f"a {1} b {d['k']!r} c"
