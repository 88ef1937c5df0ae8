for s in ['\u0663', '\u0661\u0662', ' \t12\n', '\u00a012\u2003', '１２３', '\u0661.\u0662', '1e\u0662', '𝟏𝟐', '٣.٥', '-\u0661', '1_\u0662', '\u0e51\u0e52']:
    for f in (int, float):
        try:
            print(repr(s), f.__name__, f(s))
        except ValueError as e:
            print(repr(s), f.__name__, "ValueError", e)
print(int('١٢٣', 16), int('ff', base=16), complex('１+２j') if False else "", float('١e٢'))
import decimal, fractions
print(decimal.Decimal('١٢.٥'), fractions.Fraction('١/٢') if False else "", '١٢'.isdigit(), '١٢'.isdecimal(), int('-\t7'), float(' -inf\n'))
