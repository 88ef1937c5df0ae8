import mimetypes
import os
import tempfile

m = mimetypes.MimeTypes()
for url in ["index.html", "FOO.TXT", "a.tar.gz", "x.TGZ", "x.GZ", "a.tar.GZ", "a.Tar.gz", "x.svgz",
            "photo.jpeg", "pic.JPG", "doc.pdf", "s.css", "app.js", "m.mjs", "d.json", "z.zip",
            "noext", ".hidden", "a.b.c.png", "http://example.com/path/page.html",
            "http://h/p.html?q=1", "data:text/html;base64,xx", "data:,x", "data:foo",
            "data:a=b,x", "file.xyz", "x.rtf", "x.mid", "x.pict", "x.xul", "x.jpg", "x.tar.bz2",
            "x.tbz2", "x.txz", "x.tar.xz", "x.Z", "x.br", "x.wasm", "x.py", "x.c", "x.svg",
            "x.webp", "x.mp3", "x.mp4", "x.csv", "x.xml", "x.ico", "x.gif", "x.bmp", "x.avif"]:
    print(url, m.guess_type(url), m.guess_type(url, strict=False))
for t in ["text/plain", "TEXT/HTML", "image/jpeg", "application/octet-stream", "application/javascript",
          "image/png", "application/json", "text/csv", "application/x-tar", "audio/mpeg", "image/jpg",
          "text/rtf", "application/xml", "text/xml", "application/zip", "nonexistent/type", "image/svg+xml",
          "text/x-python", "video/mp4", "application/pdf"]:
    print(t, m.guess_extension(t), m.guess_extension(t, strict=False), m.guess_all_extensions(t),
          m.guess_all_extensions(t, strict=False))
m.add_type("application/x-custom", ".cst")
m.add_type("application/x-custom", ".cs2")
m.add_type("application/x-loose", ".lse", strict=False)
print(m.guess_type("f.cst"), m.guess_type("f.lse"), m.guess_type("f.lse", False),
      m.guess_all_extensions("application/x-custom"), m.guess_extension("application/x-loose", False))
path = os.path.join(tempfile.mkdtemp(), "my.types")
with open(path, "w") as f:
    f.write("# comment line\napplication/x-mine  mne mn2 # trailing\n\ntext/x-other oth\n")
print(mimetypes.read_mime_types(path)["." + "mne"], mimetypes.read_mime_types(path + ".missing"))
m2 = mimetypes.MimeTypes([path])
print(m2.guess_type("a.mn2"), m2.guess_extension("text/x-other"))
m2.read(path, strict=False)
print(m2.guess_all_extensions("application/x-mine", strict=False))
print(sorted(mimetypes.suffix_map.items()), sorted(mimetypes.encodings_map.items()))
print(len(mimetypes._types_map_default), len(mimetypes._common_types_default))
print(mimetypes.knownfiles[:2])
import pathlib
print(m.guess_type(pathlib.PurePosixPath("dir/file.html")))
for t in ["text/plain", "text/html", "image/png", "application/json", "image/jpeg"]:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_type("x" + (mimetypes.guess_extension(t) or "")))
print(mimetypes.inited)
