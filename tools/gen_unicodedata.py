#!/usr/bin/env python3
"""Generates core/src/modules/unicodedata_data.rs (the tables of the `unicodedata` module)
from the running Python's own unicodedata (3.11: Unicode 14.0.0).

Tables:
- PROPS / PROP_RUNS: records `category | bidi << 5 | east_asian_width << 10 | mirrored << 13
  | combining << 14`, and runs of code points sharing one: `start << 11 | record`.
- NUMERIC_VALUES / NUMERIC_RUNS: runs `(start, count, kind << 14 | value)` of code points with
  a numeric value; kind 0 decimal, 1 digit only, 2 numeric only; within a run the value of
  start + i is NUMERIC_VALUES[value + i] when the run steps (count bit 15), else the same.
- DECOMP: a byte stream of entries: 4 bytes `cp << 11 | tag << 6 | n << 1 | run` (big endian)
  then, for a run, 2 bytes count and one 3-byte target that steps with the code point; else
  n 3-byte targets. Tag 0 canonical, 1 canonical but excluded from composition, 2.. the
  `<...>` compatibility tags of DECOMP_TAGS.
"""

import subprocess
import sys
import unicodedata as ud

assert ud.unidata_version == "14.0.0", ud.unidata_version

CATS = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc",
        "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc",
        "Sk", "So"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS",
        "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW = ["N", "Na", "A", "W", "H", "F"]

MAX = sys.maxunicode + 1

props = []
prop_index = {}
runs = []
last = None
for cp in range(MAX):
    c = chr(cp)
    rec = (CATS.index(ud.category(c)) | BIDI.index(ud.bidirectional(c)) << 5
           | EAW.index(ud.east_asian_width(c)) << 10 | ud.mirrored(c) << 13
           | ud.combining(c) << 14)
    if rec not in prop_index:
        prop_index[rec] = len(props)
        props.append(rec)
    idx = prop_index[rec]
    if idx != last:
        runs.append(cp << 11 | idx)
        last = idx
assert len(props) < 2048

# Numeric values.
values = []
value_index = {}


def vindex(v):
    if v not in value_index:
        value_index[v] = len(values)
        values.append(v)
    return value_index[v]


entries = []
for cp in range(MAX):
    c = chr(cp)
    n = ud.numeric(c, None)
    if n is None:
        continue
    if ud.decimal(c, None) is not None:
        kind = 0
    elif ud.digit(c, None) is not None:
        kind = 1
    else:
        kind = 2
    entries.append((cp, kind, n))
# Group into runs: same kind and consecutive code points with consecutive value entries.
num_runs = []
i = 0
while i < len(entries):
    cp, kind, n = entries[i]
    j = i + 1
    step = False
    # Stepping run: values n, n+1, ... (as registered in order).
    while (j < len(entries) and entries[j][0] == cp + (j - i) and entries[j][1] == kind
           and entries[j][2] == n + (j - i)):
        j += 1
    if j - i > 1:
        step = True
        for k in range(i, j):
            vindex(entries[k][2])
        base = value_index[n]
        # the values must be stored consecutively
        ok = all(value_index[entries[k][2]] == base + (k - i) for k in range(i, j))
        if not ok:
            step = False
            j = i + 1
    if not step:
        while (j < len(entries) and entries[j][0] == cp + (j - i) and entries[j][1] == kind
               and entries[j][2] == n):
            j += 1
    base = vindex(n)
    count = j - i
    assert count < 1 << 15
    num_runs.append((cp, count | (step << 15), kind << 14 | base))
    i = j
assert len(values) < 1 << 14

# Decompositions.
TAGS = ["", "", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>",
        "<circle>", "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>",
        "<square>", "<fraction>", "<compat>"]


def excluded(cp, targets):
    """Full composition exclusion: NFC of the canonical decomposition is not cp."""
    return ud.normalize("NFC", "".join(map(chr, targets))) != chr(cp)


decomps = []
for cp in range(MAX):
    d = ud.decomposition(chr(cp))
    if not d:
        continue
    parts = d.split()
    if parts[0].startswith("<"):
        tag = TAGS.index(parts[0])
        parts = parts[1:]
    else:
        tag = 0
    targets = [int(p, 16) for p in parts]
    if tag == 0 and excluded(cp, targets):
        tag = 1
    decomps.append((cp, tag, targets))

stream = bytearray()
count_entries = 0
i = 0
while i < len(decomps):
    cp, tag, targets = decomps[i]
    j = i + 1
    if len(targets) == 1:
        while (j < len(decomps) and decomps[j][0] == cp + (j - i) and decomps[j][1] == tag
               and len(decomps[j][2]) == 1 and decomps[j][2][0] == targets[0] + (j - i)):
            j += 1
    n = len(targets)
    assert n < 32
    count_entries += 1
    if j - i > 1:
        stream += (cp << 11 | tag << 6 | n << 1 | 1).to_bytes(4, "big")
        stream += (j - i).to_bytes(2, "big")
        stream += targets[0].to_bytes(3, "big")
    else:
        j = i + 1
        stream += (cp << 11 | tag << 6 | n << 1).to_bytes(4, "big")
        for t in targets:
            stream += t.to_bytes(3, "big")
    i = j


def rust_list(items, per_line, fmt):
    lines = []
    for k in range(0, len(items), per_line):
        lines.append("    " + " ".join(fmt(x) + "," for x in items[k:k + per_line]))
    return "\n".join(lines)


out = []
out.append("//! Unicode 14.0.0 tables of the `unicodedata` module, generated by "
           "tools/gen_unicodedata.py\n//! from CPython 3.11's unicodedata. Do not edit.\n")
out.append("#![allow(clippy::unreadable_literal)]\n")
out.append("pub static CATEGORIES: [&str; %d] = %r;\n" % (len(CATS), CATS))
out.append("pub static BIDI_NAMES: [&str; %d] = %r;\n" % (len(BIDI), BIDI))
out.append("pub static EAW_NAMES: [&str; %d] = %r;\n" % (len(EAW), EAW))
out.append("pub static DECOMP_TAGS: [&str; %d] = %r;\n" % (len(TAGS), TAGS))
out.append("pub static PROPS: [u32; %d] = [\n%s\n];\n" % (
    len(props), rust_list(props, 8, lambda x: "0x%06x" % x)))
out.append("pub static PROP_RUNS: [u32; %d] = [\n%s\n];\n" % (
    len(runs), rust_list(runs, 8, lambda x: "0x%08x" % x)))
out.append("pub static NUMERIC_VALUES: [f64; %d] = [\n%s\n];\n" % (
    len(values), rust_list(values, 6, lambda x: repr(float(x)) if float(x) != int(x) or abs(x) >= 1e16 else "%d.0" % x)))
out.append("pub static NUMERIC_RUNS: [(u32, u16, u16); %d] = [\n%s\n];\n" % (
    len(num_runs), rust_list(num_runs, 4, lambda r: "(0x%x, %d, %d)" % r)))
out.append("pub static DECOMP: [u8; %d] = *b\"%s\";\n" % (
    len(stream), "".join("\\x%02x" % b for b in stream)))
text = "\n".join(out).replace("'", '"')
path = sys.argv[1] if len(sys.argv) > 1 else "core/src/modules/unicodedata_data.rs"
with open(path, "w") as f:
    f.write(text)
subprocess.run(["rustfmt", "--edition", "2021", path], check=True)
print("props", len(props), "runs", len(runs), "numeric values", len(values), "numeric runs",
      len(num_runs), "decomp entries", count_entries, "of", len(decomps), "bytes", len(stream),
      file=sys.stderr)
