text = """The Zen of Python, by Tim Peters

Beautiful is better than ugly.
Explicit is better than implicit.
Simple is better than complex.
Complex is better than complicated.
Flat is better than nested.
Sparse is better than dense.
Readability counts.
Special cases aren't special enough to break the rules.
Although practicality beats purity.
"""
lines = text.splitlines()
print(len(lines), lines[0].upper(), lines[-1][::-1])
words = [w.strip('.,!?').lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
for word, count in top:
    print(f"{word:>10} | {'#' * count:<6} | {count:3d} | {count / len(words):6.2%}")
print(max(words, key=len), min(words, key=lambda w: (len(w), w)), sorted(sorted(set(words)), key=len)[-3:])
caps = [l for l in lines if l and l[0].isupper()]
print(len(caps), [l.split()[0] for l in caps][:4])
print(text.count('better'), text.find('ugly'), text.rfind('is'), text.index('Flat'), text.count('\n'))
print(' '.join(reversed(lines[2].split())), lines[2].title(), lines[2].swapcase(), lines[4].center(40, '~'))
table = str.maketrans('aeiou', '43105', 'y')
print(lines[2].translate(table))
acr = ''.join(w[0] for w in lines[0].split() if w[0].isalpha()).upper()
print(acr, acr.lower().capitalize(), acr.isupper(), acr.isalpha())
import textwrap
print(textwrap.fill(' '.join(lines[2:6]), width=30))
print(textwrap.shorten(lines[0] * 3, width=40), textwrap.dedent('    a\n      b\n    c'), textwrap.indent('x\ny', '> '), sep='\n')
csv_line = 'name,age , city,,  score '
fields = [f.strip() for f in csv_line.split(',')]
print(fields, list(filter(None, fields)), [f or '<empty>' for f in fields])
s = 'a1b22c333'
print(''.join(c for c in s if c.isdigit()), ''.join(filter(str.isalpha, s)), [int(x) for x in ''.join(c if c.isdigit() else ' ' for c in s).split()])
def caesar(msg, k):
    out = []
    for ch in msg:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar(lines[2], 3)
print(enc, caesar(enc, -3) == lines[2])
print('palindrome' if 'A man a plan'.replace(' ', '').lower() == 'A man a plan'.replace(' ', '').lower()[::-1] else 'no', [w for w in ['level', 'noon', 'abc', 'Racecar'] if w.lower() == w.lower()[::-1]])
print(repr('\t'.join(['a', 'b'])), 'a\tb'.expandtabs(8).index('b'), '{:-^30}'.format(' END '), 'x'.join('123'), 'abc'.zfill(5), '3.14'.replace('.', '', 1).isdigit(), '-5'.lstrip('-').isdigit())
