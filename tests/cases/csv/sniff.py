# csv.Sniffer on assorted samples: delimiter, quotechar, doublequote, skipinitialspace, has_header
import csv

samples = [
    'id,name,score\n1,ann,9.5\n2,bob,7\n3,cy,8.25\n',
    'a\tb\tc\n1\t2\t3\n4\t5\t6\n',
    '"x";"y";"z"\n"1";"2";"3"\n',
    "name: 'ann', age: 3\nname: 'bob', age: 4\n",
    'one two three\nfour five six\n',
    '"He said ""hi""",2\n"ok",3\n',
    'a, b, c\n1, 2, 3\n4, 5, 6\n',
    'x;y,z\n1;2,3\n4;5,6\n7;8,9\n',
    'title,year\n"Dune, Part 1",2021\n"Up",2009\n',
    'k=v&k2=v2\nk=v&k2=v2\n',
    '1:2:3\n4:5:6\n7:8:9\n10:11:12\n13:14:15\n16:17:18\n19:20:21\n22:23:24\n25:26:27\n28:29:30\n31:32:33\n',
]
sn = csv.Sniffer()
for smp in samples:
    try:
        d = sn.sniff(smp)
    except csv.Error as e:
        print('Error', e)
        continue
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace)
    try:
        print(sn.has_header(smp))
    except csv.Error as e:
        print('Error', e)
print(repr(sn.sniff('a|b\n1|2\n', delimiters='|,').delimiter))
try:
    sn.sniff('a|b\n1|2\n', delimiters=',')
except csv.Error as e:
    print('Error', e)
print(sn.preferred)
