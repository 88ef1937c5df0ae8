import keyword
print(keyword.kwlist)
print(keyword.softkwlist, keyword.__all__)
for w in ['if', 'If', 'match', 'case', '_', 'print', 'None', 'async', 'await', '', 'type']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(len(keyword.kwlist), sorted(keyword.kwlist) == keyword.kwlist)
