import xml.etree.ElementTree as ET

cases = ["<a></b>", "<a><b></a>", "", "   ", "<a>", "<a", "<a>&foo;</a>",
         "<a x='1' x='2'/>", "<a/><b/>", "<a/>junk", "abc", "<a x=1/>", "<a>&#0;</a>",
         "<p:a/>", "<a><!-- x -- y --></a>", "<a>\n<b>\n</c></a>", "<a>\u00e9</b>",
         "<a>&#xZZ;</a>", "<a b='<'/>", "<a>]]></a>", "<1a/>", "<a></a >", "<a></ a>",
         " <?xml version='1.0'?><a/>", "<a>&amp</a>", "<a>\n\n  <b></c>", "<a x='1'y='2'/>",
         "<a>text", "<a><b/>", "<a>&</a>", "<a>< b/></a>", "<a x/>", "<a xmlns:p=''/>",
         "<a>&am", "<!-- x", "<a><![CDATA[x", "<?pi", "</a>", "<a/></a>", "<a/>&amp;",
         "<a>\x01</a>", '<a x="&#0;"/>', '<a x="&y;"/>', "<a></a", "<a>\r\n<b></c></a>",
         "<a><b></b></a></a>", b"<a>\xc3\xa9</b>", "<a>&#1114112;</a>", "<r><x:y xmlns:x='u'></x:z></r>"]
for c in cases:
    try:
        r = ET.fromstring(c)
        print(repr(c), "OK", r.tag)
    except ET.ParseError as e:
        print(repr(c), "|", e, "|", e.code, e.position, isinstance(e, SyntaxError))

p = ET.XMLParser()
p.feed("<a><b>")
try:
    p.feed("</c>")
except ET.ParseError as e:
    print("feed:", e)
p = ET.XMLParser()
p.feed("<a>")
try:
    p.close()
except ET.ParseError as e:
    print("close:", e, e.position)
print(ET.ParseError.__mro__[1].__name__, ET.ParseError.__module__)
