import random
random.seed(14)
chars = 'aZ 1ßéÉﬁǅǆǄΣσςİıiI\'-_ŉΐ.ǈ' + 'ᾳᾼ' + 'Ⅷⅷ' + '𝔄' + '\u0345' + 'ǰ' + 'ẞ' + '\u0130'
for i in range(1500):
    s = ''.join(random.choice(chars) for _ in range(random.randint(0, 10)))
    m = random.choice(['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'istitle', 'isupper', 'islower', 'isalpha', 'isalnum', 'isdigit', 'isspace', 'isidentifier', 'isprintable', 'isdecimal', 'isnumeric', 'isascii'])
    print(i, m, repr(s), repr(getattr(s, m)()))
for s in ["hello world", "HELLO wORLD", "they're bill's friends", "ab1cd_ef-gh", "ΣΑΣ ΣΑΣ.", "ὈΔΥΣΣΕΎΣ", "x\u0301y", "  a  b  ", "ﬁne ﬂow", "ǆemal"]:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.lower()), repr(s.upper()), repr(s.casefold()))
