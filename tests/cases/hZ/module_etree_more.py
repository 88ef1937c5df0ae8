import xml.etree.ElementTree as ET
e = ET.fromstring('<a x="1"><b>t</b><c/></a>')
print(e.get("x"), e.find("b").text, len(e.findall("*")), repr(e.find("c").text), e.find("c").tail, len(e), bool(e.find("c")))
print([x.tag for x in e.iter()], list(e.itertext()), e.findtext("c"), e.findtext("zz", "d"), e.findtext("zz"))
import copy
e2 = copy.deepcopy(e); e2[0].text = "changed"; print(e[0].text, e2[0].text)
e.insert(0, ET.Element("first")); e.append(ET.Element("last")); e.extend([ET.Element("x1")]); print([c.tag for c in e])
del e[0]; print([c.tag for c in e], e[-1].tag, [c.tag for c in e[1:3]])
e.clear(); print(e.attrib, len(e), e.text)
try:
    ET.Element("a").remove(ET.Element("b"))
except ValueError as err:
    print(err)
t = ET.ElementTree(ET.fromstring("<r><a><b/></a><a/></r>"))
print(len(t.findall(".//b")), len(t.findall("a")), t.getroot().tag, len(list(t.iter("a"))))
import io
buf = io.BytesIO(); t.write(buf, encoding="utf-8", xml_declaration=True); print(buf.getvalue())
buf = io.StringIO(); t.write(buf, encoding="unicode"); print(buf.getvalue())
root = ET.XML("<root><x>1</x></root>"); print(ET.tostring(root, method="text"), ET.tostring(root, short_empty_elements=False))
q = ET.Element("{http://ns}tag"); print(ET.tostring(q))
ET.register_namespace("p", "http://ns"); print(ET.tostring(q))
ns = ET.fromstring('<r xmlns:h="http://h"><h:t>v</h:t></r>'); print(ns[0].tag, ns.find("h:t", {"h": "http://h"}).text)
print(ET.fromstring("<a>\u00e9 &lt; &#65;</a>").text, ET.tostring(ET.fromstring("<a>\u00e9</a>")), ET.tostring(ET.fromstring("<a>\u00e9</a>"), encoding="utf-8"))
c = ET.Comment("note"); pi = ET.ProcessingInstruction("target", "data"); r = ET.Element("r"); r.append(c); r.append(pi); print(ET.tostring(r))
for ev, el in ET.iterparse(io.BytesIO(b"<a><b/><c/></a>"), events=("start", "end")):
    print(ev, el.tag, end="; ")
print()
print(ET.fromstring("<a>  <b/>\n</a>").text == "  ", repr(ET.fromstring("<a/>").text))
