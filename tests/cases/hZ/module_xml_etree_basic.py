import xml.etree.ElementTree as ET
doc = """<library name="city">
  <book id="1" lang="en"><title>Dune</title><year>1965</year></book>
  <book id="2"><title>Solaris</title><year>1961</year><tag>sf</tag><tag>classic</tag></book>
  <!-- comment -->
  <magazine id="m1">Weekly &amp; more</magazine>
</library>"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root), [c.tag for c in root])
for b in root.findall("book"):
    print(b.get("id"), b.get("lang", "?"), b.find("title").text, int(b.findtext("year")), [t.text for t in b.iter("tag")])
print(root.find("magazine").text, root.find("./book[@id='2']/title").text, [e.text for e in root.iter("title")], root.find("nope"))
new = ET.SubElement(root, "book", id="3"); ET.SubElement(new, "title").text = "Ubik"
root.remove(root.find("magazine"))
print(ET.tostring(root, encoding="unicode")[-60:])
e = ET.Element("x", a="1"); e.text = "t<>&\""; e.tail = "tail"; e.set("b", "q'\"")
print(ET.tostring(e), ET.tostring(e, encoding="unicode"))
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as err:
    print("ParseError", err)
tree = ET.ElementTree(ET.fromstring("<r><i>1</i><i>2</i></r>"))
print(sum(int(i.text) for i in tree.getroot()), tree.getroot()[1].text, list(tree.getroot().itertext()))
el = ET.fromstring("<a x='1'><b/></a>"); el.attrib["y"] = "2"; print(sorted(el.items()), el.keys(), el[0].tag, ET.iselement(el))
ET.indent(el); print(ET.tostring(el, encoding="unicode"))
