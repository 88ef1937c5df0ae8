import io, zipfile
class W:
    def __init__(self): self.b = io.BytesIO()
    def write(self, d): return self.b.write(d)
    def flush(self): pass
w = W()
with zipfile.ZipFile(w, "w") as z:
    z.writestr(zipfile.ZipInfo("a.txt", (2021, 5, 6, 7, 8, 10)), b"unseekable")
    z.writestr(zipfile.ZipInfo("d/", (2021, 5, 6, 7, 8, 10)), b"")
print(w.b.getvalue())
with zipfile.ZipFile(io.BytesIO(w.b.getvalue())) as z:
    print(z.read("a.txt"), [(i.flag_bits, i.header_offset) for i in z.infolist()])
