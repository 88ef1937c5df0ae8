import xml.parsers.expat as expat

log = []
p = expat.ParserCreate()
p.StartElementHandler = lambda name, attrs: log.append(("start", name, attrs))
p.EndElementHandler = lambda name: log.append(("end", name))
p.CharacterDataHandler = lambda data: log.append(("data", data))
p.Parse("<r a='1'><s>hi</s>", False)
p.Parse("</r>", True)
merged = []
for item in log:
    if item[0] == "data" and merged and merged[-1][0] == "data":
        merged[-1] = ("data", merged[-1][1] + item[1])
    else:
        merged.append(item)
print(merged)
q = expat.ParserCreate(namespace_separator=" ")
names = []
q.StartElementHandler = lambda name, attrs: names.append(name)
q.Parse('<r xmlns="urn:x"><y/></r>', True)
print(names)
bad = expat.ParserCreate()
try:
    bad.Parse("<a><b></a>", True)
except expat.ExpatError as e:
    print(e, e.code, e.lineno, e.offset, expat.ErrorString(e.code), expat.error is expat.ExpatError)
