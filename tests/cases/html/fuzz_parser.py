# Generated markup (a fixed LCG, no random module), fed whole and in chunks, both
# convert_charrefs modes; plus html.unescape on the same strings.
import html
from html.parser import HTMLParser

state = [2024]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


PIECES = ['<', '>', '</', '/>', '<p', '<div', ' class="a b"', " id='x'", ' flag', ' v=1',
          '=', '"', "'", 'text', ' ', '\n', '&amp;', '&amp', '&lt', '&#65;', '&#x42', '&#',
          '&', '&unknown;', '&notin;', '&not', '<!--', '-->', '<!', '<!DOCTYPE html>', '<?pi',
          '<script>', '</script>', 'a<b', '<style>', '</style>', '<br/>', '</p>', '</div>',
          '<![CDATA[', ']]>', 'é', '<A HREF=x>', '</A>', '<img src="q.png"/>', ';']


class Log(HTMLParser):
    def reset(self):
        super().reset()
        self.ev = []

    def handle_starttag(self, tag, attrs):
        self.ev.append(('S', tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.ev.append(('E', tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.ev.append(('SE', tag, attrs, self.get_starttag_text()))

    def handle_data(self, data):
        self.ev.append(('D', data))

    def handle_comment(self, data):
        self.ev.append(('C', data))

    def handle_entityref(self, name):
        self.ev.append(('ER', name))

    def handle_charref(self, name):
        self.ev.append(('CR', name))

    def handle_decl(self, decl):
        self.ev.append(('DECL', decl))

    def handle_pi(self, data):
        self.ev.append(('PI', data))

    def unknown_decl(self, data):
        self.ev.append(('UD', data))


def parse(chunks, convert):
    p = Log(convert_charrefs=convert)
    try:
        for c in chunks:
            p.feed(c)
        p.close()
    except AssertionError as e:
        p.ev.append(('AssertionError', str(e)))
    return p.ev


for n in range(300):
    doc = ''.join(PIECES[rnd(len(PIECES))] for _ in range(rnd(10) + 1))
    cut = rnd(len(doc) + 1)
    cut2 = rnd(len(doc) + 1)
    a, b = sorted((cut, cut2))
    print(repr(doc), ascii(html.unescape(doc)))
    for convert in (True, False):
        whole = parse([doc], convert)
        chunked = parse([doc[:a], doc[a:b], doc[b:]], convert)
        print('  ', convert, whole)
        if chunked != whole:
            print('  chunked', a, b, chunked)
