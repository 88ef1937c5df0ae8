# difflib: seeded random sequences; opcodes, ratios, unified/context/ndiff output must match exactly
import difflib
import random

rng = random.Random(1234)
alphabet = 'abcde \t'
for case in range(60):
    la, lb = rng.randrange(0, 30), rng.randrange(0, 30)
    a = ''.join(rng.choice(alphabet) for _ in range(la))
    b = ''.join(rng.choice(alphabet) for _ in range(lb))
    junk = [None, lambda c: c == ' ', difflib.IS_CHARACTER_JUNK][case % 3]
    m = difflib.SequenceMatcher(junk, a, b, autojunk=case % 2 == 0)
    print(case, m.get_opcodes(), round(m.ratio(), 9), round(m.quick_ratio(), 9))
    print(list(m.get_grouped_opcodes(case % 4)))
words = ['alpha', 'beta', 'gamma', 'delta', 'alpha beta', 'gamma  ray', '', '# c', 'betas']
for case in range(40):
    a = [rng.choice(words) + '\n' for _ in range(rng.randrange(0, 12))]
    b = [rng.choice(words) + '\n' for _ in range(rng.randrange(0, 12))]
    n = case % 4
    print(''.join(difflib.unified_diff(a, b, 'a', 'b', n=n)), end='')
    print(''.join(difflib.context_diff(a, b, 'a', 'b', n=n)), end='')
    lj = difflib.IS_LINE_JUNK if case % 2 else None
    print(''.join(difflib.ndiff(a, b, linejunk=lj)), end='')
big_a = [str(i % 7) for i in range(500)]
big_b = [str(i % 5) for i in range(450)]
m = difflib.SequenceMatcher(None, big_a, big_b)
print(len(m.get_opcodes()), sorted(m.bpopular), round(m.ratio(), 9))
m = difflib.SequenceMatcher(None, big_a, big_b, autojunk=False)
print(len(m.get_opcodes()), round(m.ratio(), 9))
