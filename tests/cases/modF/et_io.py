import io
import os
import tempfile
import xml.etree.ElementTree as ET

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "doc.xml")
with open(path, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<!-- top -->\n<catalog>\n'
            '  <item sku="A1" price="1.50">Widget &amp; co</item>\n'
            '  <item sku="B2" price="2.25">Gadget \u00e9</item>\n</catalog>\n')
tree = ET.parse(path)
root = tree.getroot()
print(root.tag, [(i.get("sku"), i.text) for i in root], repr(root.text), repr(root.tail))
with open(path, "rb") as f:
    print(ET.parse(f).getroot()[1].text)

out = os.path.join(tmp, "out.xml")
tree.write(out)
print(open(out, "rb").read())
tree.write(out, encoding="utf-8", xml_declaration=True)
print(open(out, "rb").read())
tree.write(out, encoding="unicode")
print(open(out, encoding="utf-8").read())
tree.write(out, encoding="iso-8859-1")
print(open(out, "rb").read())

r = ET.fromstring("<a><b><c>t</c><d/></b><e>keep</e><f>  </f></a>")
ET.indent(r)
print(ET.tostring(r, encoding="unicode"))
r2 = ET.fromstring("<a><b><c/></b></a>")
ET.indent(ET.ElementTree(r2), space="\t", level=1)
print(repr(ET.tostring(r2, encoding="unicode")))
single = ET.Element("solo")
ET.indent(single)
print(ET.tostring(single))
try:
    ET.indent(r, level=-1)
except ValueError as e:
    print("ValueError", e)

events = []
for ev, el in ET.iterparse(path, events=("start", "end", "comment")):
    events.append((ev, el.tag if isinstance(el.tag, str) else "COMMENT"))
print(events)
it = ET.iterparse(io.BytesIO(b"<r><x>1</x><x>2</x></r>"))
print([(ev, el.tag, el.text) for ev, el in it], it.root.tag)

pp = ET.XMLPullParser(events=("start", "end"))
pp.feed("<root><a>")
print([(ev, el.tag) for ev, el in pp.read_events()])
pp.feed("text</a><b/>")
print([(ev, el.tag) for ev, el in pp.read_events()])
pp.feed("</root>")
pp.close()
print([(ev, el.tag) for ev, el in pp.read_events()])
try:
    ET.XMLPullParser(events=("bogus",))
except ValueError as e:
    print("ValueError", e)

p = ET.XMLParser()
for chunk in ["<r a='1", "'>te", "xt &am", "p; <b", "/></r", ">"]:
    p.feed(chunk)
res = p.close()
print(res.tag, res.attrib, repr(res.text), res[0].tag)
p = ET.XMLParser()
for b in '<r>caf\u00e9</r>'.encode("utf-8"):
    p.feed(bytes([b]))
print(p.close().text)


class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, attrib))

    def end(self, tag):
        self.log.append(("end", tag))

    def data(self, data):
        self.log.append(("data", data))

    def comment(self, text):
        self.log.append(("comment", text))

    def pi(self, target, data):
        self.log.append(("pi", target, data))

    def close(self):
        return "closed"


t = Target()
parser = ET.XMLParser(target=t)
parser.feed("<r x='1'><!--c--><?p d?><s>hi</s></r>")
print(parser.close())
merged = []
for item in t.log:
    if item[0] == "data" and merged and merged[-1][0] == "data":
        merged[-1] = ("data", merged[-1][1] + item[1])
    else:
        merged.append(item)
print(merged)

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
tb.start("root", {})
tb.data("a")
tb.comment("c")
tb.data("b")
tb.pi("t", "x")
tb.end("root")
built = tb.close()
print(ET.tostring(built))
tb = ET.TreeBuilder()
print(tb.close())

root, ids = ET.XMLID('<r><a id="one"/><b id="two"><c id="three"/></b></r>')
print(sorted((k, v.tag) for k, v in ids.items()))
print(ET.fromstringlist(["<a>", "b", "</a>"]).text)
ent = ET.fromstring('<!DOCTYPE r [<!ENTITY who "World">]><r>Hello &who;! &#169; &#x263A; &lt;&gt;&quot;&apos;</r>')
print(ent.text)
print(ET.fromstring('<r><![CDATA[<not> & markup]]></r>').text)
print(ET.fromstring('<r a="x&#10;y" b="1\n2"/>').attrib)

import shutil
shutil.rmtree(tmp)
