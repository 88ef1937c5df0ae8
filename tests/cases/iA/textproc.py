import re
import string
from collections import Counter, defaultdict
from itertools import groupby, chain, islice, accumulate

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


def words(text):
    for line in text.splitlines():
        for w in re.findall(r"[A-Za-z']+", line):
            yield w.lower()


def ngrams(seq, n):
    seq = list(seq)
    return zip(*(seq[i:] for i in range(n)))


freq = Counter(words(TEXT))
print(freq.most_common(5))
print(sorted(w for w, c in freq.items() if c == 2))
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print("%-12s %3d %s" % (w, c, "*" * c))
print(Counter(ngrams(words(TEXT), 2)).most_common(3))


def caesar(s, k):
    tbl = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                        string.ascii_lowercase[k:] + string.ascii_lowercase[:k] +
                        string.ascii_uppercase[k:] + string.ascii_uppercase[:k])
    return s.translate(tbl)


def vigenere(s, key, decrypt=False):
    out = []
    ki = 0
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[ki % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn, Zebra!"
print(caesar(msg, 3), caesar(caesar(msg, 3), 23))
enc = vigenere(msg, "LEMON")
print(enc, vigenere(enc, "LEMON", decrypt=True))


def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


def unrle(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


for s in ["", "a", "aaabccddddde", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"]:
    e = rle(s)
    print(repr(e), unrle(e) == s)

words_list = "listen silent enlist inlets google banana tinsel elgoog stone tones notes onset".split()
groups = defaultdict(list)
for w in words_list:
    groups["".join(sorted(w))].append(w)
for k, v in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{k:>8}: {', '.join(v)}")


def is_pal(s):
    s = [c for c in s.casefold() if c.isalnum()]
    return s == s[::-1]


for s in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "hello", "", "Was it a car or a cat I saw?"]:
    print(f"{s!r:35} {is_pal(s)}")

line_lengths = [len(l) for l in TEXT.splitlines()]
print(line_lengths, list(accumulate(line_lengths)), max(line_lengths))
print(list(islice(chain.from_iterable(l.split() for l in TEXT.splitlines()), 5, 10)))
print(TEXT.title()[:40], TEXT.swapcase()[:20], TEXT.count("it was"), TEXT.find("Light"))
print(string.capwords("  hello   wORLD  foo "), "x".center(9, "*"), "42".zfill(6), "-42".zfill(6))
wrapped = []
line = ""
for w in TEXT.split():
    if len(line) + len(w) + 1 > 30:
        wrapped.append(line)
        line = w
    else:
        line = f"{line} {w}" if line else w
wrapped.append(line)
for l in wrapped:
    print(f"|{l:<30}|{l:>30}|")
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(2) + m.group(1) + "ay", "hello world from python"))
print(re.split(r"[,;]\s*", "a, b;c,   d"), re.findall(r"(\w)\1", "aabbcdeef"))
try:
    unrle(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".translate(str.maketrans("ab", "x"))
except ValueError as e:
    print(type(e).__name__, e)
