//! Compresses the Python modules embedded in the interpreter (`src/modules/py/**.py`) into
//! `$OUT_DIR/py/**.py.lz`; `modules::FROZEN` includes them with the `frozen!` macro.

use std::path::Path;
use std::{env, fs};

#[path = "src/lz.rs"]
#[allow(dead_code)] // decompress: only the interpreter inflates
mod lz;

fn walk(dir: &Path, rel: &Path, out: &Path) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            walk(&path, &rel.join(&name), out);
        } else if path.extension().is_some_and(|x| x == "py") {
            let src = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let dest_dir = out.join(rel);
            fs::create_dir_all(&dest_dir).expect("creating a directory under OUT_DIR");
            let mut file = name.clone();
            file.push(".lz");
            fs::write(dest_dir.join(file), lz::compress(&src)).expect("writing under OUT_DIR");
        }
    }
}

fn main() {
    let out = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=src/modules/py");
    println!("cargo:rerun-if-changed=src/lz.rs");
    walk(
        Path::new("src/modules/py"),
        Path::new("py"),
        Path::new(&out),
    );
}
