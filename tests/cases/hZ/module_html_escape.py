import html
from html.parser import HTMLParser
print(html.escape("<a href='x'>&\"</a>"), html.escape("<&>", quote=False), html.unescape("&lt;p&gt; &amp;amp; &#39; &#x41; &eacute; &nbsp;| &copy &bogus;"))
class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.events = []
    def handle_starttag(self, tag, attrs): self.events.append(("start", tag, attrs))
    def handle_endtag(self, tag): self.events.append(("end", tag))
    def handle_data(self, data):
        if data.strip(): self.events.append(("data", data.strip()))
    def handle_comment(self, data): self.events.append(("comment", data))
    def handle_startendtag(self, tag, attrs): self.events.append(("startend", tag, attrs))
    def handle_entityref(self, name): self.events.append(("entity", name))
p = Collector()
p.feed('<html><body class="main" id=x><p>Hello &amp; <b>world</b></p><!-- note --><br/><img src="a.png" alt></body></html>')
p.close()
for e in p.events:
    print(e)
p2 = Collector(); p2.convert_charrefs = False
p2.feed("<p>a &amp; b &#65;</p>"); p2.close(); print(p2.events)
