import io
import os
import tempfile
import xml.sax
import xml.sax.handler
import xml.parsers.expat as expat
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator


class Log(xml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []

    def startDocument(self):
        self.events.append("startDocument")

    def endDocument(self):
        self.events.append("endDocument")

    def startElement(self, name, attrs):
        self.events.append(("start", name, dict(attrs), attrs.getNames(), len(attrs),
                            attrs.get("x"), "x" in attrs, type(attrs).__name__))

    def endElement(self, name):
        self.events.append(("end", name))

    def characters(self, content):
        self.events.append(("chars", content))

    def processingInstruction(self, target, data):
        self.events.append(("pi", target, data))


h = Log()
xml.sax.parseString(b'<?xml version="1.0"?><r x="1" y="&lt;2&gt;"><?p d?>hi\nthere &amp; more<s/>'
                    b'<![CDATA[raw <b>\nx]]></r>', h)
for e in h.events:
    print(e)
h = Log()
xml.sax.parseString("<a>text</a>", h)
print(h.events)

for bad in [b"<a></b>", b"<a>", b"", b"<a x='1' x='2'/>", b"<a>&nope;</a>"]:
    h = Log()
    try:
        xml.sax.parseString(bad, h)
    except xml.sax.SAXParseException as e:
        print(str(e), "|", e.getMessage(), e.getLineNumber(), e.getColumnNumber(), e.getSystemId(),
              isinstance(e, xml.sax.SAXException), h.events)

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "doc.xml")
with open(path, "w") as f:
    f.write("<doc>\n  <item n='1'>one</item>\n  <item n='2'>two</item>\n</doc>\n")


class Items(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.items = []
        self.buf = None

    def startElement(self, name, attrs):
        if name == "item":
            self.buf = [attrs["n"]]

    def characters(self, content):
        if self.buf is not None:
            self.buf.append(content)

    def endElement(self, name):
        if name == "item":
            self.items.append("".join(self.buf))
            self.buf = None


it = Items()
xml.sax.parse(path, it)
print(it.items)
it = Items()
with open(path, "rb") as f:
    xml.sax.parse(f, it)
print(it.items)
try:
    with open(path + ".bad", "w") as f:
        f.write("<doc>\n<x></y>\n</doc>")
    xml.sax.parse(path + ".bad", Items())
except xml.sax.SAXParseException as e:
    print(os.path.basename(e.getSystemId()), e.getLineNumber(), e.getColumnNumber(), e.getMessage())

ns = []


class NS(xml.sax.ContentHandler):
    def startPrefixMapping(self, prefix, uri):
        ns.append(("prefix", prefix, uri))

    def startElementNS(self, name, qname, attrs):
        ns.append(("start", name, qname, sorted(attrs.items(), key=str)))

    def endElementNS(self, name, qname):
        ns.append(("end", name))


p = xml.sax.make_parser()
p.setFeature(xml.sax.handler.feature_namespaces, True)
p.setContentHandler(NS())
p.parse(io.BytesIO(b'<r xmlns="urn:d" xmlns:p="urn:p" p:a="1" b="2"><p:c/></r>'))
for e in ns:
    print(e)
print(p.getFeature(xml.sax.handler.feature_namespaces))

print(escape("a<b>&c\""), escape("x:y", {":": "&colon;"}), quoteattr('x"y'),
      quoteattr("it's \"q\""), quoteattr("plain\n\ttab"), unescape("&lt;&amp;&gt;&quot;"),
      unescape("&colon;", {"&colon;": ":"}))
out = io.StringIO()
g = XMLGenerator(out, "utf-8")
g.startDocument()
g.startElement("root", {"a": "1 & 2"})
g.characters("text <here>")
g.startElement("empty", {})
g.endElement("empty")
g.processingInstruction("pi", "data")
g.endElement("root")
g.endDocument()
print(out.getvalue())
out = io.BytesIO()
g = XMLGenerator(out, "ascii", short_empty_elements=True)
g.startDocument()
g.startElement("r", {})
g.characters("caf\u00e9")
g.startElement("e", {})
g.endElement("e")
g.endElement("r")
print(out.getvalue())

log = []
ep = expat.ParserCreate()
ep.CharacterDataHandler = log.append
ep.Parse("<a>ab\ncd &amp; ef\n\ngh&#65;x<![CDATA[c\nd]]>\r\nz<b/>t</a>", True)
print(log)

import shutil
shutil.rmtree(tmp)
