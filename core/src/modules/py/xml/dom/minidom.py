# A small DOM Level 1 implementation (xml.dom.minidom basics), written from the library
# reference. Documents are parsed with xml.etree's tokenizer without namespace processing.

import io
import xml.dom
from xml.dom import Node, NotFoundErr, HierarchyRequestErr

__all__ = ["parse", "parseString", "getDOMImplementation", "Document", "Element", "Text",
           "Comment", "ProcessingInstruction", "Attr", "Node", "NodeList"]

_ELEMENT = Node.ELEMENT_NODE
_TEXT = Node.TEXT_NODE
_CDATA = Node.CDATA_SECTION_NODE


class NodeList(list):
    __slots__ = ()

    @property
    def length(self):
        return len(self)

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None


def _write_data(writer, data):
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;") \
            .replace(">", "&gt;")
        writer.write(data)


class _Node(Node):
    __slots__ = ()
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    nodeValue = None
    namespaceURI = None
    prefix = None
    localName = None

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        c = self.childNodes
        return c[0] if c else None

    @property
    def lastChild(self):
        c = self.childNodes
        return c[-1] if c else None

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _check_child(self, node):
        if not isinstance(node, _Node):
            raise AttributeError("'%s' object has no attribute 'nodeType'" % type(node).__name__)
        if node.nodeType not in self._child_types:
            raise HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))

    def _unparent(self, node):
        if node.parentNode is not None:
            node.parentNode.removeChild(node)

    def _relink(self):
        prev = None
        for c in self.childNodes:
            c.previousSibling = prev
            if prev is not None:
                prev.nextSibling = c
            prev = c
            c.parentNode = self
        if prev is not None:
            prev.nextSibling = None

    def appendChild(self, node):
        self._check_child(node)
        self._unparent(node)
        self.childNodes.append(node)
        self._relink()
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        self._check_child(newChild)
        if not any(c is refChild for c in self.childNodes):
            raise NotFoundErr()
        self._unparent(newChild)
        i = next(i for i, c in enumerate(self.childNodes) if c is refChild)
        self.childNodes.insert(i, newChild)
        self._relink()
        return newChild

    def removeChild(self, oldChild):
        for i, c in enumerate(self.childNodes):
            if c is oldChild:
                del self.childNodes[i]
                oldChild.parentNode = oldChild.nextSibling = oldChild.previousSibling = None
                self._relink()
                return oldChild
        raise NotFoundErr()

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return None
        self._check_child(newChild)
        for i, c in enumerate(self.childNodes):
            if c is oldChild:
                self._unparent(newChild)
                i = next(i for i, c in enumerate(self.childNodes) if c is oldChild)
                self.childNodes[i] = newChild
                oldChild.parentNode = oldChild.nextSibling = oldChild.previousSibling = None
                self._relink()
                return oldChild
        raise NotFoundErr()

    def normalize(self):
        out = []
        for c in self.childNodes:
            if c.nodeType == _TEXT:
                if not c.data:
                    continue
                if out and out[-1].nodeType == _TEXT:
                    out[-1].data += c.data
                    continue
            elif c.nodeType == _ELEMENT:
                c.normalize()
            out.append(c)
        self.childNodes[:] = out
        self._relink()

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        writer = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        text = writer.getvalue()
        if encoding is None:
            return text
        return text.encode(encoding, "xmlcharrefreplace")

    def unlink(self):
        self.parentNode = None
        for c in self.childNodes:
            c.unlink()
        self.childNodes = NodeList()
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()

    def _descendants(self, name, out):
        for c in self.childNodes:
            if c.nodeType == _ELEMENT:
                if name == "*" or c.tagName == name:
                    out.append(c)
                c._descendants(name, out)
        return out

    def getElementsByTagName(self, name):
        return self._descendants(name, NodeList())


class Attr(_Node):
    __slots__ = ("name", "value", "ownerElement", "childNodes", "ownerDocument")
    nodeType = Node.ATTRIBUTE_NODE

    def __init__(self, name, value=""):
        self.name = name
        self.value = value
        self.ownerElement = None
        self.childNodes = NodeList()
        self.ownerDocument = None

    @property
    def nodeName(self):
        return self.name

    @property
    def nodeValue(self):
        return self.value

    @property
    def localName(self):
        return self.name.rpartition(":")[2]

    @property
    def specified(self):
        return True


class NamedNodeMap:
    __slots__ = ("_attrs",)

    def __init__(self, attrs):
        self._attrs = attrs

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return list(self._attrs.values())[index]
        except IndexError:
            return None

    def items(self):
        return [(k, a.value) for k, a in self._attrs.items()]

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __getitem__(self, name):
        return self._attrs[name]

    def __contains__(self, name):
        return name in self._attrs

    def getNamedItem(self, name):
        return self._attrs.get(name)


class Element(_Node):
    nodeType = Node.ELEMENT_NODE
    _child_types = (1, 7, 8, 3, 4, 5)

    def __init__(self, tagName, namespaceURI=None, prefix=None, localName=None):
        self.tagName = tagName
        self.childNodes = NodeList()
        self._attrs = {}
        self.namespaceURI = namespaceURI
        self.prefix = prefix

    @property
    def nodeName(self):
        return self.tagName

    @property
    def localName(self):
        return self.tagName.rpartition(":")[2]

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs)

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def getAttribute(self, name):
        a = self._attrs.get(name)
        return a.value if a is not None else ""

    def setAttribute(self, name, value):
        a = self._attrs.get(name)
        if a is None:
            a = Attr(name, value)
            a.ownerElement = self
            a.ownerDocument = self.ownerDocument
            self._attrs[name] = a
        else:
            a.value = value

    def getAttributeNode(self, name):
        return self._attrs.get(name)

    def removeAttribute(self, name):
        try:
            del self._attrs[name]
        except KeyError:
            raise NotFoundErr()

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def cloneNode(self, deep):
        e = Element(self.tagName, self.namespaceURI, self.prefix)
        e.ownerDocument = self.ownerDocument
        for k, a in self._attrs.items():
            e.setAttribute(k, a.value)
        if deep:
            for c in self.childNodes:
                e.appendChild(c.cloneNode(True))
        return e

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, a in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, a.value)
            writer.write('"')
        kids = self.childNodes
        if kids:
            writer.write(">")
            if len(kids) == 1 and kids[0].nodeType in (_TEXT, _CDATA):
                kids[0].writexml(writer, "", "", "")
            else:
                writer.write(newl)
                for c in kids:
                    c.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write("</%s>%s" % (self.tagName, newl))
        else:
            writer.write("/>%s" % newl)


class _CharacterData(_Node):
    childNodes = ()
    _child_types = ()

    def __init__(self, data=""):
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @property
    def length(self):
        return len(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dots = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[:10], dots)

    def cloneNode(self, deep):
        c = self.__class__(self.data)
        c.ownerDocument = self.ownerDocument
        return c

    def unlink(self):
        self.parentNode = None

    def appendData(self, arg):
        self.data += arg


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    @property
    def wholeText(self):
        return self.data


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(_CharacterData):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE
    __repr__ = object.__repr__

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeName(self):
        return self.target

    def cloneNode(self, deep):
        return ProcessingInstruction(self.target, self.data)

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class Document(_Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    _child_types = (1, 7, 8, 10)
    doctype = None

    def __init__(self):
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for c in self.childNodes:
            if c.nodeType == _ELEMENT:
                return c
        return None

    def appendChild(self, node):
        if node.nodeType == _ELEMENT and self.documentElement is not None:
            raise HierarchyRequestErr("two document elements disallowed")
        return _Node.appendChild(self, node)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix = qualifiedName.partition(":")[0] if ":" in qualifiedName else None
        return self._own(Element(qualifiedName, namespaceURI, prefix))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(Text(data))

    def createCDATASection(self, data):
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def cloneNode(self, deep):
        d = Document()
        if deep:
            for c in self.childNodes:
                d.appendChild(c.cloneNode(True))
        return d

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        decl = []
        if encoding:
            decl.append('encoding="%s"' % encoding)
        if standalone is not None:
            decl.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" %s?>%s' % (" ".join(decl), newl))
        for c in self.childNodes:
            c.writexml(writer, indent, addindent, newl)


class DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml") and version in (None, "", "1.0", "2.0")

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc


def getDOMImplementation(features=None):
    return DOMImplementation()


class _Builder:
    def __init__(self):
        self.doc = Document()
        self.stack = [self.doc]

    def _add(self, node):
        node.ownerDocument = self.doc
        parent = self.stack[-1]
        parent.childNodes.append(node)
        node.parentNode = parent
        kids = parent.childNodes
        if len(kids) > 1:
            node.previousSibling = kids[-2]
            kids[-2].nextSibling = node

    def start(self, tag, attrib, expanded=None):
        e = Element(tag)
        if expanded and expanded[0] == "{":
            e.namespaceURI = expanded[1:].partition("}")[0]
            if ":" in tag:
                e.prefix = tag.partition(":")[0]
        self._add(e)
        for k, v in attrib.items():
            e.setAttribute(k, v)
        self.stack.append(e)

    def end(self, tag):
        self.stack.pop()

    def data(self, data):
        if len(self.stack) == 1:
            return
        last = self.stack[-1].lastChild
        if last is not None and last.nodeType == _TEXT:
            last.data += data
        else:
            self._add(Text(data))

    def comment(self, text):
        self._add(Comment(text))

    def pi(self, target, data):
        self._add(ProcessingInstruction(target, data))

    def close(self):
        return self.doc


def _parse(feed):
    from xml.etree.ElementTree import XMLParser, ParseError
    from xml.parsers.expat import ExpatError
    p = XMLParser(target=_Builder())
    p._qnames = True
    try:
        feed(p)
        return p.close()
    except ParseError as e:
        err = ExpatError(str(e))
        err.code = e.code
        err.lineno, err.offset = e.position
        raise err from None


def parseString(string, parser=None):
    return _parse(lambda p: p.feed(string))


def parse(file, parser=None, bufsize=None):
    def feed(p):
        if hasattr(file, "read"):
            p.feed(file.read())
        else:
            with open(file, "rb") as f:
                p.feed(f.read())
    return _parse(feed)
