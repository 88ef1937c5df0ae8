#!/usr/bin/env python3
"""Prints CPython's AST of a file in the compact form of core/examples/astdump.rs (columns
converted from UTF-8 bytes to characters), for comparing the two parsers.

usage: astdump.py FILE
"""
import ast
import struct
import sys


def main():
    path = sys.argv[1]
    src = open(path, encoding="utf-8").read()
    lines = src.split("\n")
    try:
        tree = ast.parse(src, path)
    except SyntaxError as e:
        print(f"SyntaxError {e.msg!r} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}")
        sys.exit(1)

    def col(line, c):
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        return len(text.encode("utf-8")[:c].decode("utf-8", "replace"))

    def fmt(node):
        if isinstance(node, list):
            return "[" + ", ".join(fmt(x) for x in node) + "]"
        if isinstance(node, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
            return type(node).__name__
        if isinstance(node, ast.AST):
            name = type(node).__name__
            if isinstance(node, ast.Module):
                return f"Module(body={fmt(node.body)})"
            parts = []
            for f in node._fields:
                if f in ("type_comment", "kind"):
                    continue
                v = getattr(node, f)
                if f == "is_async" or f == "simple":
                    parts.append(f"{f}={int(v)}")
                else:
                    parts.append(f"{f}={fmt(v)}")
            pos = ""
            if "lineno" in node._attributes and getattr(node, "lineno", None) is not None:
                pos = f"@{node.lineno}:{col(node.lineno, node.col_offset)}-{node.end_lineno}:{col(node.end_lineno, node.end_col_offset)}"
            return f"{name}({', '.join(parts)}){pos}"
        if node is None:
            return "None"
        if node is Ellipsis:
            return "Ellipsis"
        if isinstance(node, bool):
            return repr(node)
        if isinstance(node, int):
            return str(node)
        if isinstance(node, float):
            return "f%x" % struct.unpack("<Q", struct.pack("<d", node))[0]
        if isinstance(node, complex):
            return "j%x" % struct.unpack("<Q", struct.pack("<d", node.imag))[0]
        if isinstance(node, str):
            out = "'"
            for c in node:
                if c == "\\":
                    out += "\\\\"
                elif c == "'":
                    out += "\\'"
                elif c == "\n":
                    out += "\\n"
                elif c == "\r":
                    out += "\\r"
                elif c == "\t":
                    out += "\\t"
                elif ord(c) < 0x20 or ord(c) == 0x7F:
                    out += "\\x%02x" % ord(c)
                else:
                    out += c
            return out + "'"
        if isinstance(node, bytes):
            out = "b'"
            for c in node:
                ch = chr(c)
                if ch == "\\":
                    out += "\\\\"
                elif ch == "'":
                    out += "\\'"
                elif ch == "\n":
                    out += "\\n"
                elif ch == "\r":
                    out += "\\r"
                elif ch == "\t":
                    out += "\\t"
                elif 0x20 <= c <= 0x7E:
                    out += ch
                else:
                    out += "\\x%02x" % c
            return out + "'"
        return repr(node)

    print(fmt(tree))


main()
