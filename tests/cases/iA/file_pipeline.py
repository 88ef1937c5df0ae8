import os
import io
import csv
import json
import gzip
import zlib
import hashlib
import pathlib

WORK = pathlib.Path("iA_file_pipeline_tmp")
WORK.mkdir(exist_ok=True)
try:
    raw = WORK / "access.log"
    lines = []
    for i in range(40):
        status = [200, 200, 404, 500, 301][i % 5]
        lines.append(f"10.0.0.{i % 7} - - [10/Oct/2024:13:{i:02d}:00] \"GET /page/{i % 9} HTTP/1.1\" {status} {100 + i * 37}\n")
    raw.write_text("".join(lines), encoding="utf-8")
    print(raw.name, raw.stat().st_size, raw.suffix, raw.exists(), sorted(p.name for p in WORK.iterdir()))

    def read_lines(path):
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                yield n, line.rstrip("\n")

    def parse(rows):
        for n, line in rows:
            parts = line.split()
            try:
                yield {"ip": parts[0], "path": parts[6], "status": int(parts[8]), "bytes": int(parts[9])}
            except (IndexError, ValueError) as e:
                print(f"  bad line {n}: {e}")

    records = list(parse(read_lines(raw)))
    by_status = {}
    for r in records:
        by_status.setdefault(r["status"], []).append(r)
    for status in sorted(by_status):
        rs = by_status[status]
        print(f"{status}: {len(rs):3d} requests {sum(r['bytes'] for r in rs):7,d} bytes")
    out_csv = WORK / "summary.csv"
    with open(out_csv, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ip", "requests", "bytes"])
        ips = sorted({r["ip"] for r in records})
        for ip in ips:
            rs = [r for r in records if r["ip"] == ip]
            w.writerow([ip, len(rs), sum(r["bytes"] for r in rs)])
    with open(out_csv, newline="") as fh:
        rows = list(csv.DictReader(fh))
    print(rows[:2], len(rows))
    data = raw.read_bytes()
    gz = WORK / "access.log.gz"
    with gzip.open(gz, "wb") as fh:
        fh.write(data)
    with gzip.open(gz, "rt", encoding="utf-8") as fh:
        first = fh.readline()
    print(first.strip()[:40], gzip.decompress(gz.read_bytes()) == data, zlib.decompress(zlib.compress(data, 9)) == data)
    print(hashlib.sha256(data).hexdigest()[:16], zlib.crc32(data), zlib.adler32(b"abc"), hashlib.md5(data).hexdigest()[:8])
    with open(WORK / "state.json", "w") as fh:
        json.dump({"records": len(records), "statuses": sorted(by_status)}, fh, indent=1)
    print(json.loads((WORK / "state.json").read_text()))
    with open(raw, "rb") as fh:
        fh.seek(-30, os.SEEK_END)
        tail = fh.read()
        fh.seek(10)
        print(repr(tail), fh.tell(), fh.read(5), fh.tell())
    with open(raw, "a") as fh:
        fh.write("broken line\n")
    print(sum(1 for _ in parse(read_lines(raw))))
    for bad in [lambda: open(WORK / "missing.txt"), lambda: (WORK / "sub" / "x.txt").write_text("x"), lambda: os.rmdir(WORK)]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
    sio = io.StringIO()
    print("to", "stringio", sep="-", file=sio)
    print(repr(sio.getvalue()))
finally:
    for p in sorted(WORK.iterdir()):
        p.unlink()
    WORK.rmdir()
print(WORK.exists())
