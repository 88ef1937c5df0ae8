import csv, io
rows = [["name", "note", "n"], ["ann", 'says "hi"', 1], ["bob", "a,b", 2.5], ["cy", "multi\nline", None], ["", " sp ", True]]
buf = io.StringIO()
w = csv.writer(buf); w.writerows(rows)
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()))))
buf2 = io.StringIO(); w2 = csv.writer(buf2, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n"); w2.writerow(["a", 1, None]); print(repr(buf2.getvalue()))
buf3 = io.StringIO(); w3 = csv.writer(buf3, quoting=csv.QUOTE_NONNUMERIC); w3.writerow(["x", 1, 2.5]); print(repr(buf3.getvalue()))
print(list(csv.reader(['"1",2,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
buf4 = io.StringIO(); dw = csv.DictWriter(buf4, fieldnames=["a", "b"], extrasaction="ignore"); dw.writeheader(); dw.writerow({"a": 1, "b": 2, "c": 3}); dw.writerow({"a": 5}); print(repr(buf4.getvalue()))
for r in csv.DictReader(io.StringIO("k,v\n1,one\n2,two,extra\n3\n")):
    print(dict(r))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error", e)
print(list(csv.reader(["a\tb\tc"], delimiter="\t")), list(csv.reader(["  a, b"], skipinitialspace=True)), list(csv.reader(['a,"b""c"'])))
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("csv.Error", e)
d = csv.Sniffer().sniff("a;b;c\n1;2;3\n"); print(d.delimiter, csv.Sniffer().has_header("name,age\nann,3\nbob,4\n"))
csv.register_dialect("pipes", delimiter="|"); print(list(csv.reader(["x|y"], dialect="pipes")), csv.list_dialects()[:0], csv.get_dialect("pipes").delimiter)
