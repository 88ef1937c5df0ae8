import xml.etree.ElementTree as ET

root = ET.Element("{http://example.com/a}root")
ET.SubElement(root, "{http://example.com/b}child", {"{http://example.com/b}attr": "v", "plain": "p"})
ET.SubElement(root, "{http://example.com/a}child")
ET.SubElement(root, "{http://www.w3.org/XML/1998/namespace}x", {"{http://www.w3.org/XML/1998/namespace}lang": "en"})
ET.SubElement(root, "{http://www.w3.org/2001/XMLSchema-instance}schema")
print(ET.tostring(root, encoding="unicode"))
ET.register_namespace("aa", "http://example.com/a")
print(ET.tostring(root, encoding="unicode"))
ET.register_namespace("bb", "http://example.com/b")
print(ET.tostring(root, encoding="unicode"))
try:
    ET.register_namespace("ns3", "http://x")
except ValueError as e:
    print("ValueError", e)
d = ET.Element("{http://d}top")
ET.SubElement(d, "{http://d}sub")
print(ET.tostring(d, encoding="unicode", default_namespace="http://d"))
try:
    ET.tostring(ET.Element("plain"), default_namespace="http://d")
except ValueError as e:
    print("ValueError", e)

q = ET.Element(ET.QName("http://q", "qtag"), {ET.QName("http://q", "k"): ET.QName("http://q", "val")})
print(ET.tostring(q, encoding="unicode"))

parsed = ET.fromstring('<r xmlns="urn:d" xmlns:p="urn:p" p:a="1" b="2"><p:c/><d xmlns:p="urn:other"><p:e/></d></r>')
print(parsed.tag, parsed.attrib, [c.tag for c in parsed.iter()])
print(ET.tostring(parsed, encoding="unicode"))
print(ET.fromstring('<a xml:lang="fr"/>').attrib)

events = []
for ev, obj in ET.iterparse(__import__("io").BytesIO(b'<r xmlns:p="urn:p"><p:c xmlns="urn:d"><x/></p:c></r>'),
                            events=("start", "end", "start-ns", "end-ns")):
    events.append((ev, obj if isinstance(obj, tuple) or obj is None else obj.tag))
print(events)
