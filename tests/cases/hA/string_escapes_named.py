tests = [r'"\N{LINE FEED}"', r'"\N{LF}"', r'"\N{NBSP}"', r'"\N{BOM}"', r'"\N{latin small letter sharp s}"', r'"\N{CJK UNIFIED IDEOGRAPH-4E00}"', r'"\N{HANGUL SYLLABLE GA}"', r'"\N{NOPE}"', r'"\N{}"', r'"\N"', r'b"\N{LF}"', r'"\x4"', r'"\u12"', r'"\U0011FFFF"', r'"\777"', r'"\8"', r'rb"\N{x}"', r'"\N{EM DASH"']
for t in tests:
    try:
        v = eval(t)
        print(t, ascii(v))
    except SyntaxError as e:
        print(t, "SyntaxError", e.msg, e.offset, e.end_offset)
    except Exception as e:
        print(t, type(e).__name__, e)
