from pathlib import Path, PurePosixPath
import shutil
base = Path("hz_pathlib_dir")
base.mkdir(exist_ok=True)
try:
    (base / "a.txt").write_text("alpha\nbeta\n")
    (base / "b.bin").write_bytes(b"\x00\x01")
    (base / "sub").mkdir()
    (base / "sub" / "c.txt").write_text("gamma")
    print(sorted(p.name for p in base.iterdir()), sorted(str(p.relative_to(base)) for p in base.rglob("*.txt")), sorted(p.name for p in base.glob("*")))
    p = base / "a.txt"
    print(p.read_text().splitlines(), p.stat().st_size, p.exists(), p.is_file(), p.is_dir(), p.suffix, p.stem, p.name, p.parent.name, p.with_suffix(".md").name, p.with_name("z.txt").name)
    q = p.rename(base / "renamed.txt"); print(q.name, p.exists(), q.exists())
    try:
        (base / "sub").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    try:
        (base / "nope" / "x").mkdir()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    (base / "nope" / "x").mkdir(parents=True); print((base / "nope" / "x").is_dir())
    (base / "b.bin").unlink(); print((base / "b.bin").exists())
    try:
        (base / "b.bin").unlink()
    except FileNotFoundError:
        print("already gone")
    (base / "b.bin").unlink(missing_ok=True)
    with (base / "w.txt").open("w") as f:
        f.write("via open")
    print((base / "w.txt").read_text(), Path("x/y/../z").parts, PurePosixPath("/a/b/c.tar.gz").suffixes, PurePosixPath("a") / "b" / "c")
    print(Path("a/b").joinpath("c", "d").as_posix(), PurePosixPath("/a/b").is_absolute(), PurePosixPath("a/b").match("*/b"), PurePosixPath("/x/y").relative_to("/x"))
    try:
        PurePosixPath("/x/y").relative_to("/z")
    except ValueError as e:
        print(e)
finally:
    shutil.rmtree(base)
print(base.exists(), Path(".").is_dir(), Path("").name == "", repr(PurePosixPath("a/b")), str(PurePosixPath("//a//b/")))
