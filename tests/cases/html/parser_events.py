from html.parser import HTMLParser


class Log(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs, self.get_starttag_text()))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


def run(chunks, **kw):
    p = Log(**kw)
    if isinstance(chunks, str):
        chunks = [chunks]
    for c in chunks:
        p.feed(c)
    p.close()
    print(repr(chunks)[:70])
    for e in p.events:
        print('   ', e)


docs = [
    '<!DOCTYPE html><html><head><title>T &amp; t</title></head>\n<body class="x" id=main>'
    '<p>Hello <b>world</b>!</p><br/><img src="a.png" alt=\'A &lt; B\' hidden>\n</body></html>',
    '<A HREF="X" Target=_blank>link</A>',
    '<!-- a comment --><!---->x<!-- multi\nline -->',
    '<?xml version="1.0"?><![CDATA[raw <data>]]>',
    '<script>if (a < b && c > d) { x = "</p>"; }</script><style>p > a {}</style>',
    '<SCRIPT type="text/javascript">var s = "<b>";</SCRIPT >after',
    'a < b and c > d & e &amp f &#65; &#x42; &notanentity; &',
    '<p a=1 b="2" c=\'3\' d e= f =g>x</p>',
    '<div data-x="a&quot;b" empty="">y</div>',
    '</>text</ p></3>',
    '<!doctype html>',
    '<!weird decl>',
    '<br />',
    '<input value="a>b">',
    'text &amp; more &lt;tag&gt;',
    'x &copy 2024 &copy; &#169; &#xA9;',
]
for d in docs:
    run(d)
    run(d, convert_charrefs=False)
run(['<di', 'v cla', 'ss="a">te', 'xt &am', 'p; more</d', 'iv>'])
run(['<p>a &', 'amp; b</p>'], convert_charrefs=False)
run(['<scr', 'ipt>a</scr', 'ipt>'])
run(['text', ' more', ' and more'])
run(['<!-- unfinished comment'])
run(['<p', ' unfinished'])
run(['a &a'])
p = Log()
p.feed('<p>line1\nline2\n<b>x</b>')
print(p.getpos(), p.events[-1])
p.reset()
print(p.getpos(), p.rawdata if hasattr(p, 'rawdata') else None)
run(['<script>abc'])
run(['<script>abc</scr'])
run(['<script>abc</script'])
run(['a <'])
run(['a <'], convert_charrefs=False)
run(['a &'], convert_charrefs=False)
run(['a &#'], convert_charrefs=False)
run(['a &#x', 'y;'], convert_charrefs=False)
run(['a &#65'], convert_charrefs=False)
run(['a &amp'], convert_charrefs=False)
run(['a &am', 'p;'], convert_charrefs=False)
run(['a &1 &# &#; &;'], convert_charrefs=False)
run(['<a href="x', '">'])
run(['<a b=\'1\' c="2"/>'])
run(['<p/x>', '<p / >', '<p/ a=1>'])
run(['<a  B = "1"  >'])
run(['<img src=x/>'])
run(['<a b="&amp;&lt" c=&#65;>'])
run(['<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">'])
run(['<![if !IE]>x<![endif]>'])
run(['<!>', '<!->', '<?>'])
run(['</a b="c">', '</A\n>'])
run(['<p>x</p', '>'])
run(['<a\nhref="x"\n>t</a>'])
run(['<style>a</style>b<script></script>'])
run(['<title>a &amp; <b></title>'])
run(['<textarea>a &amp; <b></textarea>'])
run(['x&amp;y'])
run(['&#0;&#x110000;&#128;'])
run(['<p>&#0;&#x110000;&#128;</p>'], convert_charrefs=False)
run(['<a b=">'])
run(['<a b=">c'])
run(['< p>'])
run(['<3'])
run(['<p class=a class=b>'])
run(['<svg:rect x="1"/>'])
run(['<script>a</script foo>b</script>c'])
run(['<script>a</scriptx>b</script>c'])
run(['<script>a</ script>b</script>c'])
run(['<script>a &amp; </p></script>'], convert_charrefs=False)
run(['<a b=>', '<a b = >'])
run(['<!-- x -- >y', '<!-- a --!>'])
run(['<!-', '- x -->'])
run(['<p', '>'])
run(['<a b="1"c=2>'])
run(['text<'])
run(['<p>x', '</', 'p>'])
run(['<!DOCTYPE'])

# Subclass hooks: the default handle_startendtag calls start then end.
class Plain(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
    def handle_starttag(self, tag, attrs):
        self.out.append('<%s%s>' % (tag, ''.join(' %s=%r' % a for a in attrs)))
    def handle_endtag(self, tag):
        self.out.append('</%s>' % tag)
    def handle_data(self, data):
        self.out.append(data.strip())
p = Plain()
p.feed('<ul><li>One<br/></li><li class="b">Two &amp; three</li></ul>')
p.close()
print(''.join(p.out))
print(HTMLParser.CDATA_CONTENT_ELEMENTS, Plain().convert_charrefs, HTMLParser(convert_charrefs=False).convert_charrefs)
try:
    HTMLParser().feed(b'x')
except TypeError as e:
    print('TypeError', e)
try:
    HTMLParser().feed('<![foo]>')
except AssertionError as e:
    print('AssertionError', e)
try:
    HTMLParser(False)
except TypeError as e:
    print('TypeError', e)
for s in ['<![ x]>', '<![', '<![1', '<![CDATA', '<![CDATA[x', '<![if', '<![endif]>']:
    p = Log()
    try:
        p.feed(s)
        p.close()
        print('ok', repr(p.rawdata), p.events)
    except AssertionError as e:
        print(repr(e))
