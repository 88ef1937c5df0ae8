import operator
from fractions import Fraction
from decimal import Decimal
pool = [0, 1, -3, 10**20, True, 2.5, -0.0, float('inf'), 1+2j, 'ab', '', b'xy', bytearray(b'z'), [1, 2], (3,), {1: 2}, {4, 5}, frozenset({5}), None, range(3), Fraction(3, 4), Decimal('1.5'), ...]
ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv), ('//', operator.floordiv), ('%', operator.mod), ('**', operator.pow), ('<<', operator.lshift), ('>>', operator.rshift), ('&', operator.and_), ('|', operator.or_), ('^', operator.xor), ('@', operator.matmul), ('<', operator.lt), ('<=', operator.le), ('==', operator.eq), ('!=', operator.ne), ('>', operator.gt), ('in', lambda a, b: a in b), ('divmod', divmod)]
for a in pool:
    for b in pool:
        row = []
        for name, f in ops:
            if name in ('**', '<<', '*') and isinstance(b, int) and b > 1000 or name == '**' and isinstance(a, int) and a > 1000 and not isinstance(b, (str, bytes, list, tuple, dict, set, frozenset, bytearray, range, type(None), type(...))):
                continue
            try:
                r = f(a, b)
                if isinstance(r, (str, bytes, bytearray, list, tuple)) and len(r) > 30:
                    r = type(r).__name__ + str(len(r))
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__ + ':' + str(e))
        print(repr(a), repr(b), ' | '.join(row))
for a in pool:
    row = []
    for f in [operator.neg, operator.pos, operator.invert, abs, bool, len, hash, int, float, complex, str, repr, iter, reversed, round, sorted, min, sum]:
        try:
            r = f(a)
            if f in (hash, iter, reversed):
                r = type(r).__name__
            row.append(repr(r))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(repr(a), ' | '.join(row))
