# find/rfind/count/startswith/endswith/index with every start/end combination, for str
# (ASCII and not) and bytes.
bounds = [None, -100, -5, -3, -1, 0, 1, 2, 3, 5, 7, 100]
for s, subs in [("abcabcab", ["", "a", "ab", "bca", "cab", "x", "abcabcab", "abcabcabc"]),
                ("héé\U0001f600héé", ["", "é", "hé", "\U0001f600", "é\U0001f600h", "z"]),
                (b"abcabcab", [b"", b"a", b"ab", b"bca", 97, b"x"])]:
    for sub in subs:
        rows = []
        for st, en in [(a, b) for a in bounds for b in bounds]:
            a = (st, en) if en is not None else ((st,) if st is not None else ())
            r = [s.find(sub, *a), s.rfind(sub, *a), s.count(sub, *a)]
            if not isinstance(sub, int):
                r += [s.startswith(sub, *a), s.endswith(sub, *a), s.startswith((sub, sub), *a)]
            rows.append(r)
        print(repr(s), repr(sub), rows)
for s in ["abcdef", "αβγδεζ", b"abcdef"]:
    print([s[a:b:c] for a in (None, -7, -2, 0, 3, 9) for b in (None, -9, -3, 1, 4, 10) for c in (None, 1, 2, -1, -2, 5)])
