import io
import xml.etree.ElementTree as ET


class MyElement(ET.Element):
    def describe(self):
        return "%s with %d children" % (self.tag, len(self))


root = MyElement("root", {"a": "1"}, b="2")
ET.SubElement(root, "c1")
ET.SubElement(root, "c2").tail = "after"
print(root.describe(), type(root[0]).__name__, root.attrib)
root[0:1] = [ET.Element("x"), ET.Element("y")]
print([e.tag for e in root], ET.tostring(root, encoding="unicode"))
del root[::2]
print([e.tag for e in root])
root.attrib["z"] = "9"
root.tail = "root tail"
print(ET.tostring(root, encoding="unicode"))

print(ET.fromstring(b"<a>\xc3\xa9</a>").text)
print(ET.fromstring(b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>").text)
p = ET.XMLParser(encoding="latin-1")
p.feed(b"<a>\xe9\xe8</a>")
print(p.close().text)
print(ET.parse(io.StringIO("<s><t>from StringIO</t></s>")).getroot()[0].text)
print(ET.parse(io.BytesIO(b"\xef\xbb\xbf<s>bom</s>")).getroot().text)

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=tb)
parser.feed("<doc><!-- note --><?app run?><p>x</p></doc>")
d = parser.close()
print(ET.tostring(d, encoding="unicode"), [str(e.tag) if isinstance(e.tag, str) else e.tag.__name__ for e in d])
print(ET.tostring(d, method="html", encoding="unicode"))

ns_root = ET.Element("{urn:x}a")
ET.SubElement(ns_root, "{urn:x}b").text = "t"
s = io.BytesIO()
ET.ElementTree(ns_root).write(s, default_namespace="urn:x", short_empty_elements=False)
print(s.getvalue())
s = io.BytesIO()
ET.ElementTree(ET.fromstring("<e><f/></e>")).write(s, short_empty_elements=False, xml_declaration=True, encoding="utf-8")
print(s.getvalue())

t = ET.ElementTree()
print(t.getroot())
t._setroot(ET.Element("set"))
print(t.getroot().tag)
for bad in [lambda: ET.ElementTree("nope"), lambda: t._setroot(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

e = ET.fromstring("<r><a>1</a><a>2</a><b><a>3</a></b></r>")
print([x.text for x in e.iter("a")], "".join(e.itertext()), e.findtext(".//a"))
e.find("b").clear()
print(ET.tostring(e))
print(len(ET.fromstring("<r>" + "<i/>" * 300 + "</r>")))
deep = "<d>" * 200 + "x" + "</d>" * 200
print(sum(1 for _ in ET.fromstring(deep).iter()))
print(repr(ET.fromstring("<r>\n  <a/>\n</r>")[0].tail))
print(ET.fromstring('<r a="&lt;&amp;&gt;" b=\'"\' c="&#x41;&#66;"/>').attrib)
