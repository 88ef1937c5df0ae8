import re, html
MD = """# Title with *emphasis*
Some **bold** and _italic_ text with `code <b>` and a [link](http://x.com/?a=1&b=2).

## List
- item one
- item **two**
  - nested
1. first
2. second

> quote line
> another

```
raw <code> **not bold**
```
Trailing  
line break and auto http://example.org link. Escaped \\*stars\\*.
"""
def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r'`([^`]+)`', lambda m: '<code>' + m.group(1) + '</code>', s)
    s = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', s)
    s = re.sub(r'(?<![\\\w])[*_](.+?)[*_](?!\w)', r'<em>\1</em>', s)
    s = re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'<a href="\2">\1</a>', s)
    s = re.sub(r'(?<!")\bhttps?://[^\s<]+[^\s<.,]', lambda m: f'<a>{m[0]}</a>', s)
    s = re.sub(r'\\([*_`\\])', r'\1', s)
    s = re.sub(r' {2,}$', '<br/>', s)
    return s
def convert(md):
    out = []
    lines = md.split('\n')
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('```'):
            j = lines.index('```', i + 1)
            out.append('<pre>' + html.escape('\n'.join(lines[i + 1:j])) + '</pre>')
            i = j + 1
            continue
        if m := re.match(r'(#{1,6})\s+(.*)', line):
            n = len(m[1]); out.append(f'<h{n}>{inline(m[2])}</h{n}>')
        elif m := re.match(r'(\s*)[-*]\s+(.*)', line):
            out.append('  ' * (len(m[1]) // 2) + '<li>' + inline(m[2]) + '</li>')
        elif m := re.match(r'\d+\.\s+(.*)', line):
            out.append('<li class="ol">' + inline(m[1]) + '</li>')
        elif line.startswith('>'):
            out.append('<blockquote>' + inline(line.lstrip('> ')) + '</blockquote>')
        elif line.strip():
            out.append('<p>' + inline(line) + '</p>')
        i += 1
    return '\n'.join(out)
print(convert(MD))
text = "The the quick brown fox. The fox! And THE dog's toy -- isn't it? e-mail, co-op; 3.14 and 1,000."
words = re.findall(r"\b[\w'-]+\b", text.lower())
from collections import Counter
print(Counter(words).most_common(5))
print(re.split(r'(?<=[.!?])\s+', text))
print([len(w) for w in re.findall(r'\w+', text)][:10])
print(re.sub(r'(\w)(\w*)', lambda m: m[1].upper() + m[2][::-1], 'hello big world'))
print(re.subn(r'(?i)the', 'a', text))
print(re.sub(r'\d+(?:,\d{3})*(?:\.\d+)?', lambda m: f'<{float(m[0].replace(",", "")):.1f}>', text))
csvline = 'a, "b, c", "d ""e""", , f'
print(re.findall(r'\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)', csvline))
print([ (q.replace('""', '"') if q else p) for q, p in re.findall(r'\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)', csvline)])
