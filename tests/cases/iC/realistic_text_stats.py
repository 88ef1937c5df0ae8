# Text processing: word frequencies, case handling, alignment and string methods
import random
from collections import Counter
random.seed(7)
words = ['alpha', 'Beta', 'GAMMA', 'delta', "it's", 'naïve', 'café', 'x-ray', 'e-mail', 'über', 'ǅemal', 'straße']
lines = []
for i in range(30):
    w = [random.choice(words) for _ in range(random.randint(3, 9))]
    punct = random.choice(['.', '!', '?', '', ',', '...'])
    lines.append(' '.join(w).capitalize() + punct)
text = '\n'.join(lines)
print(len(text), text.count('\n') + 1, len(text.split()), len(text.splitlines()))
norm = [w.strip('.,!?').casefold() for w in text.split()]
freq = Counter(norm)
for w, n in sorted(freq.items(), key=lambda p: (-p[1], p[0]))[:10]:
    print(f'{w:<10}|{n:>4}|{"*" * n}')
print(sorted(set(w.upper() for w in norm)))
print(sorted(set(w.title() for w in norm)))
print([w for w in set(norm) if w.isalpha()].__len__(), sum(1 for w in norm if not w.isascii()))
longest = max(norm, key=len)
print(longest, len(longest), longest.center(20, '~'), longest.rjust(15, '.'), longest.ljust(15, '_') + '|')
caps = ''.join(c for c in text if c.isupper())
print(caps[:40], len(caps))
vowels = str.maketrans('aeiouAEIOU', '*' * 10)
print(lines[0].translate(vowels))
print(lines[1].swapcase(), lines[2][::-1], lines[3].partition(' '), lines[4].rpartition(' ')[2])
print([l.find('a') for l in lines[:10]], [l.rfind('e', 2, -2) for l in lines[:10]])
wrapped = []
cur = ''
for w in text.split():
    if len(cur) + len(w) + 1 > 40:
        wrapped.append(cur)
        cur = w
    else:
        cur = (cur + ' ' + w).strip()
wrapped.append(cur)
for l in wrapped[:8]:
    print('|' + l.ljust(40) + '|')
enc = text.encode('utf-8')
print(len(enc), enc[:30], enc.decode('ascii', 'replace')[:30], enc.decode('latin-1')[:20])
print(text.encode('ascii', 'xmlcharrefreplace')[:80])
print('%s has %d chars, %.1f%% non-ascii' % ('text', len(text), 100 * sum(not c.isascii() for c in text) / len(text)))
acr = ''.join(w[0] for w in lines[5].split() if w)
print(acr, acr.lower(), acr.isupper(), acr.istitle())
