import math


class SerializeError(TypeError):
    pass


def dumps(obj, indent=None, _level=0):
    nl = "" if indent is None else "\n"
    pad = "" if indent is None else " " * (indent * (_level + 1))
    end_pad = "" if indent is None else " " * (indent * _level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(int(obj))
    if isinstance(obj, float):
        if math.isnan(obj) or math.isinf(obj):
            raise ValueError(f"out of range float: {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                if ord(ch) > 0xFFFF:
                    v = ord(ch) - 0x10000
                    out.append("\\u%04x\\u%04x" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)))
                else:
                    out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + nl + sep.join(pad + dumps(x, indent, _level + 1) + ("" if indent is None else "") for x in obj).replace(",", "," + nl if indent is not None else ",", 0) + nl + end_pad + "]" if indent is None else \
            "[" + nl + ("," + nl).join(pad + dumps(x, indent, _level + 1) for x in obj) + nl + end_pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        parts = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise SerializeError(f"keys must be str, not {type(k).__name__}")
            parts.append(pad + dumps(k) + ": " + dumps(v, indent, _level + 1))
        joiner = ", " if indent is None else "," + nl
        return "{" + nl + joiner.join(parts) + nl + end_pad + "}"
    raise SerializeError(f"Object of type {type(obj).__name__} is not serializable")


class Parser:
    WS = " \t\n\r"

    def __init__(self, s):
        self.s = s
        self.i = 0

    def error(self, msg):
        line = self.s.count("\n", 0, self.i) + 1
        col = self.i - (self.s.rfind("\n", 0, self.i) + 1) + 1
        return ValueError(f"{msg}: line {line} column {col} (char {self.i})")

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in self.WS:
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise self.error("Expecting value")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("null", None), ("true", True), ("false", False)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()

    def number(self):
        j = self.i
        if self.s[j:j + 1] == "-":
            j += 1
        while j < len(self.s) and (self.s[j].isdigit() or self.s[j] in ".eE+-"):
            j += 1
        text = self.s[self.i:j]
        if not text or text == "-":
            raise self.error("Expecting value")
        self.i = j
        return float(text) if any(c in text for c in ".eE") else int(text)

    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                raise self.error("Unterminated string")
            c = self.s[self.i]
            self.i += 1
            if c == '"':
                break
            if c == "\\":
                e = self.s[self.i]
                self.i += 1
                if e == "u":
                    cp = int(self.s[self.i:self.i + 4], 16)
                    self.i += 4
                    if 0xD800 <= cp < 0xDC00 and self.s[self.i:self.i + 2] == "\\u":
                        lo = int(self.s[self.i + 2:self.i + 6], 16)
                        self.i += 6
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
                    out.append(chr(cp))
                else:
                    out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}[e])
            else:
                out.append(c)
        return "".join(out)

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                self.i -= 1
                raise self.error("Expecting ',' delimiter")

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                raise self.error("Expecting ':' delimiter")
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                raise self.error("Expecting ',' delimiter")


def loads(s):
    p = Parser(s)
    v = p.value()
    p.ws()
    if p.i != len(s):
        raise p.error("Extra data")
    return v


data = {"name": "Zoë \"Z\"", "age": 30, "pi": 3.14159, "big": 2 ** 70, "tags": ["a", "b\tc", "😀"],
        "nested": {"ok": True, "none": None, "empty": [], "e2": {}}, "neg": -1.5e-10, "t": (1, 2)}
s = dumps(data)
print(s)
print(dumps(data, indent=2))
back = loads(s)
print(back)
print(back == {**data, "t": [1, 2]})
for bad in ['{"a": 1', '[1, 2 3]', '{"a" 1}', '', '[1] x', '"abc', '-']:
    try:
        print(loads(bad))
    except (ValueError, IndexError) as e:
        print(f"{bad!r:12} -> {type(e).__name__}: {e}")
for bad in [{1: 2}, {"s": {1, 2}}, float("nan"), [object]]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, isinstance(e, TypeError))
import json
print(json.loads(s) == back, json.dumps(back, ensure_ascii=True) == json.dumps(json.loads(s)))
print(json.dumps({"b": [1, 2.0, None], "a": "é"}, sort_keys=True, indent=1))
