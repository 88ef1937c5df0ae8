# csv: seeded random rows written and read back under several dialect settings (exact text)
import csv
import io
import random

rng = random.Random(99)
chars = ['a', 'b', ',', ';', '"', "'", '\\', ' ', '\n', '\r', '\t', 'x y', '1', '2.5']
settings = [{}, {'delimiter': ';'}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC},
            {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'},
            {'quotechar': "'", 'lineterminator': '\n'}, {'skipinitialspace': True},
            {'dialect': 'excel-tab'}, {'dialect': 'unix'}]
for case in range(80):
    kw = settings[case % len(settings)]
    rows = []
    for _ in range(rng.randrange(1, 4)):
        rows.append([''.join(rng.choice(chars) for _ in range(rng.randrange(0, 4)))
                     for _ in range(rng.randrange(1, 4))])
    s = io.StringIO()
    try:
        csv.writer(s, **kw).writerows(rows)
    except csv.Error as e:
        print(case, 'write error', e)
        continue
    text = s.getvalue()
    print(case, repr(text))
    try:
        print(list(csv.reader(io.StringIO(text, newline=''), **kw)))
    except (csv.Error, ValueError) as e:
        print(case, 'read error', type(e).__name__, e)
    try:
        print(list(csv.reader(text.splitlines(keepends=True), strict=True, **kw)))
    except (csv.Error, ValueError) as e:
        print(case, 'strict error', type(e).__name__, e)
