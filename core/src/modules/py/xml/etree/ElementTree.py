# The ElementTree XML API, written from the library reference. The parser is a small
# non-validating XML 1.0 tokenizer with namespace support whose error messages and
# positions follow those python3 reports (it uses expat).

import io
import re
import sys
import warnings
from . import ElementPath

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
    "register_namespace", "canonicalize", "C14NWriterTarget",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    pass


def iselement(element):
    return hasattr(element, 'tag')


def _type_name(obj):
    return type(obj).__name__


class Element:
    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % _type_name(attrib))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem._children = list(self._children)
        return elem

    def __deepcopy__(self, memo):
        from copy import deepcopy
        elem = self.makeelement(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        elem.text = deepcopy(self.text, memo)
        elem.tail = deepcopy(self.tail, memo)
        elem._children = [deepcopy(c, memo) for c in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            items = list(element)
            for e in items:
                self._check(e, None)
            self._children[index] = items
            return
        if not -len(self._children) <= index < len(self._children):
            raise IndexError("child assignment index out of range")
        self._check(element, None)
        try:
            self._children[index] = element
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def _check(self, e, where):
        if not isinstance(e, Element):
            if where is None:
                raise TypeError('expected an Element, not "%s"' % _type_name(e))
            raise TypeError("%s must be xml.etree.ElementTree.Element, not %s"
                            % (where, _type_name(e)))

    def append(self, subelement):
        self._check(subelement, "append() argument")
        self._children.append(subelement)

    def extend(self, elements):
        items = list(elements)
        for e in items:
            self._check(e, None)
        self._children.extend(items)

    def insert(self, index, subelement):
        self._check(subelement, "insert() argument 2")
        self._children.insert(index, subelement)

    def remove(self, subelement):
        for i, c in enumerate(self._children):
            if c is subelement or c == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    # Lists, as the C accelerator CPython uses returns (the pure-Python one gives views).
    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        return self._iter(tag)

    def _iter(self, tag):
        # iterative, so that deep trees do not reach the recursion limit
        stack = [iter((self,))]
        while stack:
            for e in stack[-1]:
                if tag is None or e.tag == tag:
                    yield e
                if e._children:
                    stack.append(iter(e._children))
                    break
            else:
                stack.pop()

    def itertext(self):
        if self.text:
            yield self.text
        stack = [iter(self._children)]
        owners = [None]
        while stack:
            for e in stack[-1]:
                if e.text:
                    yield e.text
                if e._children:
                    stack.append(iter(e._children))
                    owners.append(e)
                    break
                if e.tail:
                    yield e.tail
            else:
                stack.pop()
                e = owners.pop()
                if e is not None and e.tail:
                    yield e.tail


Element.__module__ = "xml.etree.ElementTree"


def SubElement(parent, tag, attrib={}, **extra):
    if not isinstance(parent, Element):
        raise TypeError("SubElement() argument 1 must be xml.etree.ElementTree.Element, not %s"
                        % _type_name(parent))
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % _type_name(attrib))
    elem = Element(tag, {**attrib, **extra})
    parent.append(elem)
    return elem


def Comment(text=None):
    elem = Element(Comment)
    elem.text = text
    return elem


def ProcessingInstruction(target, text=None):
    elem = Element(ProcessingInstruction)
    elem.text = target
    if text:
        elem.text = target + " " + text
    return elem


PI = ProcessingInstruction


class QName:
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __eq__(self, other):
        return self.text == self._key(other)


class ElementTree:
    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future "
                "version.  If you rely on the current behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in ("text", "xml", "html"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        unicode = encoding.lower() == "unicode"
        opened = None
        if hasattr(file_or_filename, "write"):
            f = file_or_filename
        else:
            if unicode:
                f = opened = open(file_or_filename, "w", encoding="utf-8",
                                  errors="xmlcharrefreplace")
            else:
                f = opened = open(file_or_filename, "wb")
        try:
            if unicode:
                declared = "utf-8"
                write = f.write
            else:
                declared = encoding
                "".encode(encoding)

                def write(s, _w=f.write, _e=encoding):
                    _w(s.encode(_e, "xmlcharrefreplace"))
            if method == "xml" and (xml_declaration or (
                    xml_declaration is None and not unicode
                    and encoding.lower() not in ("utf-8", "us-ascii"))):
                write("<?xml version='1.0' encoding='%s'?>\n" % declared)
            if method == "text":
                _serialize_text(write, self._root)
            else:
                qnames, namespaces = _namespaces(self._root, default_namespace)
                if method == "xml":
                    _serialize_xml(write, self._root, qnames, namespaces, short_empty_elements)
                else:
                    _serialize_html(write, self._root, qnames, namespaces)
        finally:
            if opened is not None:
                opened.close()

    def write_c14n(self, file):
        raise NotImplementedError("C14N is not supported")


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, _type_name(text)))


def _namespaces(elem, default_namespace=None):
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(qname):
        if qname[:1] == "{":
            uri, _, local = qname[1:].rpartition("}")
            prefix = namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(namespaces)
                if prefix != "xml":
                    namespaces[uri] = prefix
            qnames[qname] = "%s:%s" % (prefix, local) if prefix else local
        else:
            if default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            qnames[qname] = qname

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                if not isinstance(key, str):
                    _raise_serialization_error(key)
                add(key)
            if isinstance(value, QName) and value.text not in qnames:
                add(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add(text.text)
    return qnames, namespaces


def _escape_cdata(text):
    if not isinstance(text, str):
        _raise_serialization_error(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_attrib(text):
    text = _escape_cdata(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def _escape_attrib_html(text):
    if not isinstance(text, str):
        _raise_serialization_error(text)
    return text.replace("&", "&amp;").replace(">", "&gt;").replace('"', "&quot;")


def _start_tag(write, elem, tag, qnames, namespaces, escape):
    write("<" + tag)
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda x: x[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "", _escape_attrib(uri)))
    for k, v in elem.items():
        if isinstance(k, QName):
            k = k.text
        if isinstance(v, QName):
            v = qnames[v.text]
        else:
            v = escape(v)
        write(' %s="%s"' % (qnames[k], v))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements)
        else:
            _start_tag(write, elem, tag, qnames, namespaces, _escape_attrib)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img",
              "input", "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            _start_tag(write, elem, tag, qnames, namespaces, _escape_attrib_html)
            write(">")
            low = tag.lower()
            if text:
                write(text if low in ("script", "style") else _escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if low not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    unicode = encoding is not None and encoding.lower() == "unicode"
    stream = io.StringIO() if unicode else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return

    def walk(elem, depth):
        inner = "\n" + space * (depth + 1)
        if not elem.text or not elem.text.strip():
            elem.text = inner
        last = None
        for child in elem:
            if len(child):
                walk(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
            last = child
        if not last.tail.strip():
            last.tail = "\n" + space * depth

    walk(tree, level)


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        i = elem.get("id")
        if i:
            ids[i] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or PI
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def _special(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem

    def comment(self, text):
        return self._special(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._special(self._pi_factory, self.insert_pis, target, text)


# --- the parser ---------------------------------------------------------------------

_NAME = re.compile(r"[A-Za-z_:\u00c0-\uffff][-.0-9A-Za-z_:\u00b7\u00c0-\uffff]*")
_SPACE = re.compile(r"[ \t\n]*")
_N = r"[A-Za-z_:\u00c0-\uffff][-.0-9A-Za-z_:\u00b7\u00c0-\uffff]*"
_NC = r"[A-Za-z_\u00c0-\uffff][-.0-9A-Za-z_\u00b7\u00c0-\uffff]*"
_QN = r"%s(?::%s)?" % (_NC, _NC)
_NCNAME = re.compile(_NC)
_FAST = r"<(%s)((?:[ \t\n]+%s[ \t\n]*=[ \t\n]*(?:\"[^\"<]*\"|'[^'<]*'))*)[ \t\n]*(/?)>"
_FAST_TAG = re.compile(_FAST % (_N, _N))
_FAST_TAG_NS = re.compile(_FAST % (_QN, _QN))
_FAST_ATTR = re.compile(r"(%s)[ \t\n]*=[ \t\n]*(?:\"([^\"]*)\"|'([^']*)')" % _N)
_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_REF = re.compile(r"&(?:#x([0-9a-fA-F]*)|#([0-9]*)|([A-Za-z_\u00c0-\uffff]"
                  r"[-.0-9A-Za-z_\u00b7\u00c0-\uffff]*)?)")
_REF_ANY = re.compile(r"&(?:#x([0-9a-fA-F]*)|#([0-9]*)|([A-Za-z_:\u00c0-\uffff]"
                      r"[-.0-9A-Za-z_:\u00b7\u00c0-\uffff]*)?)")
_ENTITY_DECL = re.compile(r"<!ENTITY\s+([^\s%]+)\s+(\"[^\"]*\"|'[^']*')\s*>")
_NAMECHARS = re.compile(r"[-.0-9A-Za-z_:\u00b7\u00c0-\uffff]+")
_CHUNK = re.compile(r"(\n|&[^;\n&]*;?)")
_LINES = re.compile(r"(\n)")
_XML_NS = "http://www.w3.org/XML/1998/namespace"
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}

_INVALID = (4, "not well-formed (invalid token)")


_START_CATS = frozenset(["Ll", "Lu", "Lo", "Lt", "Nl"])
_NAME_CATS = _START_CATS | frozenset(["Mc", "Me", "Mn", "Lm", "Nd"])


def _name_len(name, first=True):
    # How many leading characters of name expat accepts in a name (its tables follow
    # XML 1.0's letter and digit classes, so a symbol like '\u20ac' ends a name).
    if name.isascii():
        return len(name)
    from unicodedata import category
    for i, c in enumerate(name):
        if c > "\x7f" and c != "\u00b7":
            cat = category(c)
            if cat not in (_START_CATS if i == 0 and first else _NAME_CATS):
                return i
        elif c == "\u00b7" and i == 0 and first:
            return 0
    return len(name)


class _More(Exception):
    pass


class _Fail(Exception):
    def __init__(self, code, msg, pos):
        self.code = code
        self.msg = msg
        self.pos = pos


class XMLParser:
    def __init__(self, *, target=None, encoding=None):
        self.target = self._target = target if target is not None else TreeBuilder()
        self._encoding = encoding
        self.entity = {}
        self.version = "Expat 2.5.0"
        self._doc = ""
        self._raw = b""
        self._decoder = None
        self._cr = False
        self._line = 1
        self._col = 0
        self._start = True
        self._state = 0
        self._stack = []
        self._scopes = [{"xml": _XML_NS}]
        self._error = None
        self._ns = True
        self._ns_sep = None
        self._chunks = False
        self._qnames = False
        self._doctype_seen = False
        t = self._target
        self._t_start = getattr(t, "start", None)
        self._t_end = getattr(t, "end", None)
        self._t_data = getattr(t, "data", None)
        self._t_comment = getattr(t, "comment", None)
        self._t_pi = getattr(t, "pi", None)
        self._t_start_ns = getattr(t, "start_ns", None)
        self._t_end_ns = getattr(t, "end_ns", None)

    # input handling

    def _decode(self, data, final):
        if isinstance(data, str):
            return data
        raw = self._raw + bytes(data)
        if self._decoder is None:
            if not final and len(raw) < 4:
                self._raw = raw
                return ""
            enc = self._encoding
            if enc is None:
                if raw[:3] == b"\xef\xbb\xbf":
                    raw = raw[3:]
                    enc = "utf-8"
                elif raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
                    enc = "utf-16"
                else:
                    m = re.match(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)", raw)
                    enc = m.group(1).decode("ascii") if m else "utf-8"
            import codecs
            try:
                self._decoder = codecs.getincrementaldecoder(enc)()
            except LookupError:
                raise self._mkerror(_Fail(18, "unknown encoding", 0))
        self._raw = b""
        try:
            return self._decoder.decode(raw, final)
        except UnicodeDecodeError as e:
            text = self._decoder.decode(raw[:e.start], False)
            self._doc += text
            raise self._mkerror(_Fail(*_INVALID, len(self._doc)))

    def feed(self, data):
        if self._error is not None:
            raise self._error
        if not isinstance(data, (str, bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % _type_name(data))
        self._add(self._decode(data, False))
        self._run(False)

    def _add(self, text):
        if self._cr:
            text = "\r" + text
            self._cr = False
        if text.endswith("\r"):
            text = text[:-1]
            self._cr = True
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._doc += text

    def close(self):
        if self._error is not None:
            raise self._error
        self._add(self._decode(b"", True) if self._decoder is not None or self._raw else "")
        cr = self._cr
        if cr:
            self._cr = False
            self._doc += "\n"
            before = self._position(len(self._doc) - 1)
        self._run(True)
        if self._state != 2:
            fail = _Fail(3, "no element found", len(self._doc))
            if cr and self._state == 1:
                # a carriage return ending the input inside an element is not a line end
                self._line, self._col = before
                self._doc = ""
                fail.pos = 0
            raise self._mkerror(fail)
        close = getattr(self._target, "close", None)
        return close() if close is not None else None

    def flush(self):
        pass

    def _position(self, k):
        doc = self._doc
        nl = doc.count("\n", 0, k)
        if nl:
            return self._line + nl, k - doc.rfind("\n", 0, k) - 1
        return self._line, self._col + k

    def _mkerror(self, fail):
        line, col = self._position(fail.pos)
        err = ParseError("%s: line %d, column %d" % (fail.msg, line, col))
        err.code = fail.code
        err.position = (line, col)
        self._error = err
        return err

    def _run(self, final):
        try:
            i = self._parse(final)
        except _Fail as f:
            raise self._mkerror(f) from None
        if i:
            self._line, self._col = self._position(i)
            self._doc = self._doc[i:]

    # the tokenizer

    def _parse(self, final):
        doc = self._doc
        n = len(doc)
        i = 0
        self._final = final
        while i < n:
            try:
                if doc[i] == "<":
                    j = self._markup(doc, i, n, final)
                else:
                    j = self._text(doc, i, n, final)
            except _More:
                if final:
                    raise _Fail(5, "unclosed token", i)
                break
            self._start = False
            i = j
        return i

    def _text(self, doc, i, n, final):
        j = doc.find("<", i)
        if j < 0:
            if not final and self._state == 1:
                raise _More
            j = n
        if self._state != 1:
            k = _SPACE.match(doc, i).end()
            if k < j:
                self._outside(doc, k, n)
            return j
        raw = doc[i:j]
        try:
            k = raw.find("]]>")
            m = _BAD_CHAR.search(raw, 0, len(raw) if k < 0 else k + 2)
            if m or k >= 0:
                # report the first error of the text: a bad reference before it, or itself
                end = m.start() if m else k
                if "&" in raw[:end]:
                    self._expand(raw[:end], i, None)
                raise _Fail(*_INVALID, i + (m.start() if m else k + 2))
            if "&" in raw:
                text = self._expand(raw, i, None)
            else:
                text = raw
        except _Fail as f:
            if self._chunks and self._t_data is not None:
                # expat has already reported the text before the error
                self._chunked(raw[:max(0, f.pos - i)], True)
            raise
        if self._t_data is not None:
            if self._chunks:
                self._chunked(raw)
            else:
                self._t_data(text)
        return j

    def _chunked(self, raw, partial=False):
        # expat reports text line by line and each reference on its own
        for piece in _CHUNK.split(raw):
            if piece:
                if piece[0] == "&":
                    if partial:
                        try:
                            piece = self._expand(piece, 0, None)
                        except _Fail:
                            return
                    else:
                        piece = self._expand(piece, 0, None)
                self._t_data(piece)

    def _outside(self, doc, k, n):
        # Text before or after the root element: expat reads it as prolog tokens.
        wrong = (2, "syntax error", k) if self._state == 0 else \
            (9, "junk after document element", k)
        c = doc[k]
        m = _NAMECHARS.match(doc, k)
        if m and _name_len(m.group(), False):
            e = k + _name_len(m.group(), False)
            ends = " \t\n>),|[%?*+" if _NCNAME.match(doc, k) and _name_len(c) else \
                " \t\n>),|[%"
            if e >= n and self._state == 0 and not self._final:
                raise _More
            if e >= n or doc[e] in ends:
                raise _Fail(*wrong)
            raise _Fail(*_INVALID, e)
        if c in "'\"":
            q = doc.find(c, k + 1)
            if q < 0:
                if not self._final:
                    raise _More
                raise _Fail(5, "unclosed token", k)
            if q + 1 >= n and self._state == 0 and not self._final:
                raise _More
            if q + 1 < n and doc[q + 1] not in " \t\n>%[":
                raise _Fail(*_INVALID, q + 1)
            raise _Fail(*wrong)
        if c in ">()[]],|%#":
            raise _Fail(*wrong)
        raise _Fail(*_INVALID, k)

    def _expand(self, s, base, tagpos):
        out = []
        p = 0
        while True:
            a = s.find("&", p)
            if a < 0:
                out.append(s[p:])
                return "".join(out)
            out.append(s[p:a])
            m = (_REF if self._ns else _REF_ANY).match(s, a)
            e = m.end()
            hexd, dec, name = m.groups()
            if name is not None and not name.isascii():
                cut = _name_len(name)
                if cut < len(name):
                    name = name[:cut] or None
                    e = a + 1 + cut
            if e >= len(s) and tagpos is None and self._final \
                    and base + e == len(self._doc):
                raise _Fail(5, "unclosed token", base + a)
            if e >= len(s) or s[e] != ";" or not (hexd or dec or name):
                raise _Fail(*_INVALID, base + e)
            if name is None:
                digits = hexd or dec
                code = int(digits, 16 if hexd else 10) if len(digits) < 9 else -1
                if not (code in (9, 10, 13) or 0x20 <= code <= 0xd7ff
                        or 0xe000 <= code <= 0xfffd or 0x10000 <= code <= 0x10ffff):
                    raise _Fail(14, "reference to invalid character number", base + a)
                out.append(chr(code))
            elif name in _PREDEFINED:
                out.append(_PREDEFINED[name])
            elif name in self.entity:
                out.append(self.entity[name])
            else:
                raise _Fail(11, "undefined entity", base + a if tagpos is None else tagpos)
            p = e + 1

    def _need(self, doc, k, n):
        if k >= n:
            raise _More
        return doc[k]

    def _name_end(self, doc, k, n, qualified=True):
        # End of the name at k (None if there is none): with namespaces a name is
        # prefix:local at most, and a misplaced colon is an invalid token.
        if not self._ns:
            m = _NAME.match(doc, k)
            if m is None:
                return None
            e = k + _name_len(m.group())
            return e if e > k else None
        m = _NCNAME.match(doc, k)
        if m is None:
            return None
        e = k + _name_len(m.group())
        if e == k:
            return None
        if e < n and doc[e] == ":":
            if not qualified:
                raise _Fail(*_INVALID, e)
            m = _NCNAME.match(doc, e + 1)
            if m is None or _name_len(m.group()) == 0:
                self._need(doc, e + 1, n)
                raise _Fail(*_INVALID, e + 1)
            e = e + 1 + _name_len(m.group())
            if e < n and doc[e] == ":":
                raise _Fail(*_INVALID, e)
        return e

    def _markup(self, doc, i, n, final):
        c = self._need(doc, i + 1, n)
        if c == "/":
            return self._end_tag(doc, i, n)
        if c == "!":
            return self._bang(doc, i, n)
        if c == "?":
            return self._pi(doc, i, n)
        if self._state == 2 and c > "\x7f":
            raise _Fail(9, "junk after document element", i)
        e = self._name_end(doc, i + 1, n)
        if e is None:
            raise _Fail(*_INVALID, i + 1)
        if self._state == 2:
            raise _Fail(9, "junk after document element", i)
        f = (_FAST_TAG_NS if self._ns else _FAST_TAG).match(doc, i)
        if f is not None and not _BAD_CHAR.search(f.group()) and (
                f.group(1).isascii() and f.group(2).isascii()):
            attrs = []
            if f.group(2):
                seen = set()
                base = f.start(2)
                for a in _FAST_ATTR.finditer(f.group(2)):
                    aname = a.group(1)
                    if aname in seen:
                        raise _Fail(8, "duplicate attribute", base + a.start())
                    seen.add(aname)
                    value = a.group(2)
                    vpos = base + a.start(2)
                    if value is None:
                        value = a.group(3)
                        vpos = base + a.start(3)
                    if "&" in value:
                        value = self._expand_attr(value, vpos, i)
                    elif "\t" in value or "\n" in value:
                        value = value.replace("\t", " ").replace("\n", " ")
                    attrs.append((aname, value, base + a.start()))
            self._open(f.group(1), attrs, i)
            if f.group(3):
                self._close_elem()
            return f.end()
        return self._start_tag(doc, i, n, e)

    def _start_tag(self, doc, i, n, e):
        qname = doc[i + 1:e]
        j = e
        attrs = []
        seen = set()
        while True:
            c = self._need(doc, j, n)
            if c == ">" or c == "/":
                break
            if c not in " \t\n":
                raise _Fail(*_INVALID, j)
            j = _SPACE.match(doc, j).end()
            c = self._need(doc, j, n)
            if c == ">" or c == "/":
                break
            ae = self._name_end(doc, j, n)
            if ae is None:
                raise _Fail(*_INVALID, j)
            aname = doc[j:ae]
            apos = j
            j = _SPACE.match(doc, ae).end()
            if self._need(doc, j, n) != "=":
                raise _Fail(*_INVALID, j)
            j = _SPACE.match(doc, j + 1).end()
            q = self._need(doc, j, n)
            if q != '"' and q != "'":
                raise _Fail(*_INVALID, j)
            end = doc.find(q, j + 1)
            if end < 0:
                raise _More
            value = doc[j + 1:end]
            lt = value.find("<")
            if lt >= 0:
                raise _Fail(*_INVALID, j + 1 + lt)
            bad = _BAD_CHAR.search(value)
            if bad:
                raise _Fail(*_INVALID, j + 1 + bad.start())
            if "&" in value:
                value = self._expand_attr(value, j + 1, i)
            elif "\t" in value or "\n" in value:
                value = value.replace("\t", " ").replace("\n", " ")
            if aname in seen:
                raise _Fail(8, "duplicate attribute", apos)
            seen.add(aname)
            attrs.append((aname, value, apos))
            j = end + 1
        empty = c == "/"
        if empty:
            if self._need(doc, j + 1, n) != ">":
                raise _Fail(*_INVALID, j + 1)
            j += 1
        self._open(qname, attrs, i)
        if empty:
            self._close_elem()
        return j + 1

    def _expand_attr(self, value, base, tagpos):
        out = []
        p = 0
        while True:
            a = value.find("&", p)
            seg = value[p:] if a < 0 else value[p:a]
            out.append(seg.replace("\t", " ").replace("\n", " "))
            if a < 0:
                return "".join(out)
            m = (_REF if self._ns else _REF_ANY).match(value, a)
            e = m.end()
            out.append(self._expand(value[a:e + 1], base + a, tagpos))
            p = e + 1

    def _open(self, qname, attrs, pos):
        if not self._ns:
            self._stack.append((qname, qname, None))
            self._state = 1
            if self._t_start is not None:
                attrib = {}
                for aname, value, apos in attrs:
                    attrib[aname] = value
                self._t_start(qname, attrib)
            return
        scope = None
        decls = None
        plain = []
        for aname, value, apos in attrs:
            if aname == "xmlns" or aname[:6] == "xmlns:":
                prefix = aname[6:]
                if prefix and not value:
                    raise _Fail(28, "must not undeclare prefix", pos)
                if scope is None:
                    scope = dict(self._scopes[-1])
                    decls = []
                scope[prefix] = value
                decls.append((prefix, value))
            else:
                plain.append((aname, value, apos))
        pushed = scope is not None
        if pushed:
            self._scopes.append(scope)
            if self._t_start_ns is not None:
                for prefix, uri in decls:
                    self._t_start_ns(prefix, uri)
        else:
            scope = self._scopes[-1]
        tag = self._resolve(qname, scope, True, pos)
        attrib = {}
        for aname, value, apos in plain:
            key = self._resolve(aname, scope, False, pos)
            if key in attrib:
                raise _Fail(8, "duplicate attribute", apos)
            attrib[key] = value
        self._stack.append((qname, qname if self._qnames else tag, decls if pushed else None))
        self._state = 1
        if self._t_start is not None:
            if self._qnames:
                # checked as namespaced XML, reported with the names as written
                raw = {("xmlns:" + p if p else "xmlns"): u for p, u in decls or ()}
                for aname, value, apos in plain:
                    raw[aname] = value
                self._t_start(qname, raw, tag)
            else:
                self._t_start(tag, attrib)

    def _resolve(self, qname, scope, is_tag, pos):
        if ":" in qname:
            prefix, _, local = qname.partition(":")
            uri = scope.get(prefix)
            if not uri:
                raise _Fail(27, "unbound prefix", pos)
        elif is_tag and scope.get(""):
            uri = scope[""]
            local = qname
        else:
            return qname
        if self._ns_sep is not None:
            return uri + self._ns_sep + local
        return "{%s}%s" % (uri, local)
        return qname

    def _close_elem(self):
        qname, tag, decls = self._stack.pop()
        if self._t_end is not None:
            self._t_end(tag)
        if decls is not None:
            self._scopes.pop()
            if self._t_end_ns is not None:
                for prefix, uri in reversed(decls):
                    self._t_end_ns(prefix)
        if not self._stack:
            self._state = 2

    def _end_tag(self, doc, i, n):
        if not self._stack:
            raise _Fail(*_INVALID, i + 1)
        e = self._name_end(doc, i + 2, n)
        if e is None:
            self._need(doc, i + 2, n)
            raise _Fail(*_INVALID, i + 2)
        j = _SPACE.match(doc, e).end()
        if self._need(doc, j, n) != ">":
            raise _Fail(*_INVALID, j)
        if doc[i + 2:e] != self._stack[-1][0]:
            raise _Fail(7, "mismatched tag", i + 2)
        self._close_elem()
        return j + 1

    def _bang(self, doc, i, n):
        c = self._need(doc, i + 2, n)
        wrong = (2, "syntax error", i) if self._state == 0 else \
            (9, "junk after document element", i)
        if c == "-":
            if self._need(doc, i + 3, n) != "-":
                raise _Fail(*_INVALID, i + 3)
            k = i + 4
            while True:
                k = doc.find("--", k)
                if k < 0 or k + 2 >= n:
                    raise _More
                if doc[k + 2] == ">":
                    break
                raise _Fail(*_INVALID, k + 2)
            text = doc[i + 4:k]
            if self._t_comment is not None:
                self._t_comment(text)
            return k + 3
        if c == "[":
            if self._state != 1:
                raise _Fail(*wrong)
            for off, want in enumerate("CDATA[", 3):
                if self._need(doc, i + off, n) != want:
                    raise _Fail(*_INVALID, i + off)
            k = doc.find("]]>", i + 9)
            if k < 0:
                if self._final:
                    raise _Fail(20, "unclosed CDATA section", n)
                raise _More
            if self._t_data is not None and k > i + 9:
                if self._chunks:
                    for piece in _LINES.split(doc[i + 9:k]):
                        if piece:
                            self._t_data(piece)
                else:
                    self._t_data(doc[i + 9:k])
            return k + 3
        if self._state == 1:
            raise _Fail(*_INVALID, i + 2)
        m = _NAME.match(doc, i + 2)
        if m is None:
            raise _Fail(*_INVALID, i + 2)
        if m.end() >= n:
            raise _More
        name = m.group()
        if name == "DOCTYPE":
            if self._state == 0 and not self._doctype_seen:
                end = self._doctype(doc, i, n)
                self._doctype_seen = True
                return end
            raise _Fail(*wrong)
        if name in ("ELEMENT", "ATTLIST", "ENTITY", "NOTATION"):
            raise _Fail(*wrong)
        raise _Fail(*_INVALID, m.end())

    def _final_pending(self, n):
        return self._final

    def _doctype(self, doc, i, n):
        k = i + 9
        q = None
        subset = None
        while True:
            if k >= n:
                raise _More
            c = doc[k]
            if q:
                if c == q:
                    q = None
            elif c in "'\"":
                q = c
            elif c == "[":
                end = doc.find("]", k)
                while end >= 0 and doc.count("<!--", k, end) > doc.count("-->", k, end):
                    end = doc.find("]", end + 1)
                if end < 0:
                    raise _More
                subset = doc[k + 1:end]
                k = end
            elif c == ">":
                break
            k += 1
        if subset:
            for m in _ENTITY_DECL.finditer(subset):
                if m.group(1) not in self.entity:
                    self.entity[m.group(1)] = m.group(2)[1:-1]
        return k + 1

    def _pi(self, doc, i, n):
        e = self._name_end(doc, i + 2, n, False)
        if e is None:
            self._need(doc, i + 2, n)
            raise _Fail(*_INVALID, i + 2)
        c = self._need(doc, e, n)
        if c == "?":
            if self._need(doc, e + 1, n) != ">":
                raise _Fail(*_INVALID, e + 1)
        elif c not in " \t\n":
            raise _Fail(*_INVALID, e)
        k = doc.find("?>", e)
        if k < 0:
            raise _More
        target = doc[i + 2:e]
        if target.lower() == "xml":
            if not (self._start and i == 0):
                if self._state == 2:
                    raise _Fail(9, "junk after document element", i)
                raise _Fail(17, "XML or text declaration not at start of entity", i)
            return k + 2
        text = doc[e:k]
        if self._t_pi is not None:
            self._t_pi(target, text.lstrip(" \t\n"))
        return k + 2


class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        self._events = []
        if events is None:
            events = ("end",)
        for e in events:
            if e not in ("start", "end", "start-ns", "end-ns", "comment", "pi"):
                raise ValueError("unknown event %r" % e)
        self._parser = _parser or XMLParser(target=_EventBuilder(self._events, set(events)))
        self._closed = False

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def flush(self):
        pass

    def read_events(self):
        events = self._events
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event


class _EventBuilder(TreeBuilder):
    def __init__(self, sink, wanted):
        super().__init__(insert_comments="comment" in wanted, insert_pis="pi" in wanted)
        self._sink = sink
        self._wanted = wanted

    def start(self, tag, attrs):
        elem = super().start(tag, attrs)
        if "start" in self._wanted:
            self._sink.append(("start", elem))
        return elem

    def end(self, tag):
        elem = super().end(tag)
        if "end" in self._wanted:
            self._sink.append(("end", elem))
        return elem

    def start_ns(self, prefix, uri):
        if "start-ns" in self._wanted:
            self._sink.append(("start-ns", (prefix, uri)))

    def end_ns(self, prefix):
        if "end-ns" in self._wanted:
            self._sink.append(("end-ns", None))

    def comment(self, text):
        elem = super().comment(text)
        if "comment" in self._wanted:
            self._sink.append(("comment", elem))
        return elem

    def pi(self, target, text=None):
        elem = super().pi(target, text)
        if "pi" in self._wanted:
            self._sink.append(("pi", elem))
        return elem


class _IterParse:
    def __init__(self, source, events, parser):
        self.root = None
        self._gen = self._run(source, events, parser)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def _run(self, source, events, parser):
        close = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close = True
        try:
            pull = XMLPullParser(events=events, _parser=parser)
            while True:
                yield from pull.read_events()
                data = source.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            root = pull._close_and_return_root()
            yield from pull.read_events()
            self.root = root
        finally:
            if close:
                source.close()


def iterparse(source, events=None, parser=None):
    return _IterParse(source, events, parser)


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("C14N is not supported")


class C14NWriterTarget:
    def __init__(self, write, **options):
        raise NotImplementedError("C14N is not supported")
