# Archives written by CPython (zlib's deflate) must read back here, and ours there.
import gzip
import io
import zipfile

ZIP = bytes.fromhex('504b0304140000000800c4286454d9ee4d2a0c0000002c0100000b0000006e6f7465732f612e7478744bcc29c84854481c25892001504b0304140000000800c4286454806108edcd000000c800000005000000622e62696e01c80037ff000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7504b01021403140000000800c4286454d9ee4d2a0c0000002c0100000b00000000000000000000008001000000006e6f7465732f612e747874504b01021403140000000800c4286454806108edcd000000c8000000050000000000000000000000800135000000622e62696e504b050600000000020002006c000000250100000f006d61646520627920707974686f6e33')
GZ = bytes.fromhex('1f8b08000000000002034bafca2c5048492c4954481f651160010024c122472c010000')

with zipfile.ZipFile(io.BytesIO(ZIP)) as z:
    print(z.comment, z.namelist())
    for info in z.infolist():
        print(repr(info), info.date_time, info.CRC)
    print(z.read("notes/a.txt")[:30], len(z.read("notes/a.txt")), z.read("b.bin")[-5:])
    print(z.testzip())
print(gzip.decompress(GZ)[:20], len(gzip.decompress(GZ)))
with gzip.GzipFile(fileobj=io.BytesIO(GZ)) as f:
    print(f.read(9), f.mtime)

# our own output, re-read by the same module (and by python3 when it runs this file)
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr(zipfile.ZipInfo("x/y.txt", (2023, 1, 1, 0, 0, 0)), "why " * 100)
with zipfile.ZipFile(io.BytesIO(out.getvalue())) as z:
    print(z.read("x/y.txt")[:12], z.getinfo("x/y.txt").file_size)
print(len(gzip.decompress(gzip.compress(b"\x00" * 100000, 1))))
