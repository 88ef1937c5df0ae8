import re
from collections import Counter
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was the
spring of hope, it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), len(set(words)))
counts = Counter(words)
for w, c in counts.most_common(6):
    print(f"{w:>10} {c:3d} {'#' * c}")
letters = Counter(ch for ch in TEXT.lower() if ch in string.ascii_lowercase)
print("".join(ch for ch, _ in letters.most_common(5)), sum(letters.values()))
sentences = [s.strip() for s in re.split(r"[,.]", TEXT) if s.strip()]
print(len(sentences), max(sentences, key=len), min(map(len, sentences)))
print(TEXT.count("it was"), TEXT.find("age"), TEXT.rfind("age"), TEXT.index("Light"))
longest = sorted(set(words), key=lambda w: (-len(w), w))[:4]
print(longest)
caps = re.findall(r"\b[A-Z]\w*", TEXT)
print(caps)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, TEXT.splitlines()[1][:20].title(), TEXT.swapcase()[:12])
table = str.maketrans("aeiou", "AEIOU")
print(TEXT[:40].translate(table))
print(re.sub(r"(\w+) of (\w+)", r"\2-\1", TEXT.split("\n")[0]))
wrapped = [TEXT.replace("\n", " ")[i:i + 30] for i in range(0, 90, 30)]
print("|".join(wrapped))
pal = [w for w in set(words) if len(w) > 1 and w == w[::-1]]
print(sorted(pal), "".join(sorted("listen")) == "".join(sorted("silent")))
