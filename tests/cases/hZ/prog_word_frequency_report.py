from collections import Counter, defaultdict
import string

DOC = """Python is a programming language that lets you work quickly and integrate
systems more effectively. Python is powerful, and fast; plays well with others;
runs everywhere; is friendly and easy to learn; is Open. These are some of the
reasons people who use Python would rather not use anything else."""

STOP = {"a", "and", "is", "to", "that", "you", "the", "of", "with", "are", "not", "who", "more", "some", "would"}
clean = DOC.lower().translate(str.maketrans("", "", string.punctuation))
words = clean.split()
freq = Counter(w for w in words if w not in STOP)
print(f"{len(words)} words, {len(set(words))} unique, {len(freq)} after stop words")
width = max(len(w) for w in freq)
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:<{width}} {n:>2} {'*' * n}")
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for n in sorted(by_len)[-3:]:
    print(n, by_len[n])
initials = Counter(w[0] for w in words)
print("".join(f"{c}{k}" for c, k in sorted(initials.items()) if k > 2))
lines = DOC.splitlines()
print([len(l.split()) for l in lines], max(lines, key=len)[:30])
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
print(sum(freq.values()), freq["python"], freq.get("java", 0), list(freq.elements())[:5])
