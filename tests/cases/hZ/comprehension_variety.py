matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2], {x % 4 for row in matrix for x in row}, {r[0]: sum(r) for r in matrix})
print([(a, b) for a in range(3) for b in range(a)], [x if x > 2 else -x for x in range(5)], [y for x in range(3) if (y := x * 3) > 2])
words = ["apple", "bob", "kayak", "level", "python"]
print({w: len(w) for w in words if w == w[::-1]}, sorted({len(w) for w in words}), list({w[0]: w for w in words}.values()))
gen = (x * x for x in range(10) if x % 3 == 0)
print(next(gen), list(gen), sum(x for x in range(101)), max((len(w), w) for w in words))
print(dict(zip(words, map(len, words))), [list(t) for t in zip(*matrix)], [i for i, w in enumerate(words) if "o" in w])
nested = [[[k for k in range(j)] for j in range(i)] for i in range(4)]; print(nested)
print([c for c in "hello world" if c not in "aeiou "], "".join(c.upper() if i % 2 else c for i, c in enumerate("alternating")))
flat = [item for sub in [[1, [2]], [3]] for item in sub]; print(flat)
print([[0] * 3 for _ in range(2)], [(i, j) for i in range(2) for j in "ab"], {frozenset((i, i + 1)) for i in range(2)} == {frozenset({0, 1}), frozenset({1, 2})})
print(list(filter(None, (x % 3 for x in range(7)))), all(x < 10 for x in range(10)), any(x > 8 for x in range(9)))
