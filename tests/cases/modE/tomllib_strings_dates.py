import tomllib

doc = r'''
str1 = """
Roses are red
Violets are blue"""
str2 = """The quick brown \


  fox jumps over \
    the lazy dog."""
str3 = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
str4 = """Here are two quotation marks: "". Simple enough."""
str5 = """Here are three quotation marks: ""\"."""
str6 = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
str7 = """"This," she said, "is just a pointless statement.""""
str8 = """a\tb \u0041 "q" """
winpath  = 'C:\Users\nodejs\templates'
winpath2 = '\\ServerX\admin$\system32\'
quoted   = 'Tom "Dubs" Preston-Werner'
regex    = '<\i\c*\s*>'
regex2 = '''I [dw]on't need \d{2} apples'''
lines  = '''
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
'''
quot15 = '''Here are fifteen quotation marks: """""""""""""""'''
apos15 = "Here are fifteen apostrophes: '''''''''''''''"
str9 = ''''That,' she said, 'is still pointless.''''
tab = "a	b"
empty = ""
empty_ml = """"""
'''
for k, v in tomllib.loads(doc).items():
    print(k, repr(v))

dates = '''
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
odt5 = 1979-05-27t07:32:00z
odt6 = 1979-05-27T07:32:00.1234567+05:30
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.5
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999999
lt3 = 23:59:59.12
arr = [1979-05-27, 07:32:00, 1979-05-27T07:32:00Z]
leap = 2024-02-29
'''
for k, v in tomllib.loads(dates).items():
    print(k, repr(v))
    if hasattr(v, "isoformat"):
        print("  ", v.isoformat())
