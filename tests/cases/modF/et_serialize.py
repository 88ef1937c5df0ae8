import io
import xml.etree.ElementTree as ET

root = ET.Element("doc", version="1.0")
a = ET.SubElement(root, "a", note='say "hi" & <bye>\n\ttab\r')
a.text = "x < y & z > w"
a.tail = "tail&"
ET.SubElement(root, "empty")
u = ET.SubElement(root, "u")
u.text = "caf\u00e9 \u20ac \U0001f600"
root.append(ET.Comment(" note -- "))
root.append(ET.PI("php", "echo 1"))
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="utf-8"))
print(ET.tostring(root, encoding="UTF-8"))
print(ET.tostring(root, encoding="latin-1"))
print(ET.tostring(root, encoding="unicode", short_empty_elements=False))
print(ET.tostring(root, xml_declaration=True))
print(ET.tostring(root, encoding="unicode", xml_declaration=True))
print(ET.tostring(root, encoding="us-ascii", xml_declaration=False))
print(ET.tostring(root, method="text", encoding="unicode"))
print(ET.tostring(root, method="xml"))
print(b"".join(ET.tostringlist(root)) == ET.tostring(root))

h = ET.fromstring('<html><head><script>if (a &lt; b &amp;&amp; c) {}</script></head>'
                  '<body><br/><p class="x&amp;y">T &amp; <img src="a.png"/></p><hr/></body></html>')
print(ET.tostring(h, method="html", encoding="unicode"))
print(ET.tostring(h, encoding="unicode"))

try:
    ET.tostring(root, method="json")
except ValueError as e:
    print("ValueError", e)
for bad in [ET.Element(1), ET.Element("a", x=1)]:
    try:
        ET.tostring(bad)
    except TypeError as e:
        print("TypeError", e)
t = ET.Element("t")
t.text = 5
try:
    ET.tostring(t)
except TypeError as e:
    print("TypeError", e)

none_tag = ET.Element(None)
none_tag.text = "just text"
none_tag.append(ET.Element("inner"))
print(ET.tostring(none_tag))

s = io.StringIO()
ET.ElementTree(root).write(s, encoding="unicode")
print(s.getvalue())
b = io.BytesIO()
ET.ElementTree(root).write(b, encoding="utf-8", xml_declaration=True)
print(b.getvalue())
b = io.BytesIO()
ET.ElementTree(root).write(b)
print(b.getvalue())
ET.dump(ET.fromstring("<p><q>dumped</q></p>"))
