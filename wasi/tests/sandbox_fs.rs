//! Filesystem capabilities at the WASI level, proven with a tiny WAT guest that calls
//! `path_open` (and `path_symlink`) on the first mount and exits with the errno: `..` and
//! absolute paths, symlinks pointing out, writes to read-only mounts. Independent of the
//! interpreter (the Python-level versions are in tests/tests/adversarial.rs).

use std::path::{Path, PathBuf};

use wasipy_wasi::{ModuleCache, Mount, Outcome, RunOptions, Runtime, RuntimeConfig};

const ERRNO_SUCCESS: i32 = 0;
const FOLLOW_SYMLINKS: u32 = 1;
const OFLAGS_CREAT: u32 = 1;
const RIGHT_READ: u64 = 1 << 1;
const RIGHT_WRITE: u64 = 1 << 6;

/// A guest that optionally creates a symlink `link -> target` in fd 3 (exit 100 when that is
/// refused), then opens `path` relative to fd 3 and exits with its errno (0 on success).
fn probe(path: &str, create: bool, symlink: Option<(&str, &str)>) -> Vec<u8> {
    let (oflags, rights) = if create {
        (OFLAGS_CREAT, RIGHT_READ | RIGHT_WRITE)
    } else {
        (0, RIGHT_READ)
    };
    let escape = |s: &str| s.bytes().map(|b| format!("\\{b:02x}")).collect::<String>();
    let symlink_call = match symlink {
        Some((target, link)) => format!(
            r#"(data (i32.const 512) "{}") (data (i32.const 768) "{}")
               (func $pre (result i32)
                 (call $path_symlink (i32.const 512) (i32.const {}) (i32.const 3)
                                     (i32.const 768) (i32.const {})))"#,
            escape(target),
            escape(link),
            target.len(),
            link.len()
        ),
        None => "(func $pre (result i32) (i32.const 0))".to_string(),
    };
    let wat = format!(
        r#"(module
  (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_symlink" (func $path_symlink (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "{path}")
  {symlink_call}
  (func (export "_start")
    (local $e i32)
    (local.set $e (call $pre))
    (if (local.get $e) (then (call $proc_exit (i32.const 100))))
    (call $proc_exit
      (call $path_open (i32.const 3) (i32.const {FOLLOW_SYMLINKS}) (i32.const 0) (i32.const {len})
        (i32.const {oflags}) (i64.const {rights}) (i64.const 0) (i32.const 0) (i32.const 1024)))))"#,
        path = escape(path),
        len = path.len(),
    );
    wat::parse_str(wat).expect("probe is valid WAT")
}

/// Runs the probe with `mount` as fd 3 and returns its exit status.
fn errno_of(wasm: &[u8], mount: Mount) -> i32 {
    let rt = Runtime::from_wasm(
        wasm,
        RuntimeConfig {
            cache: ModuleCache::Disabled,
            ..RuntimeConfig::default()
        },
    )
    .expect("runtime builds");
    let options = RunOptions {
        mounts: vec![mount],
        ..RunOptions::default()
    };
    match rt.run(&options).expect("run starts").outcome {
        Outcome::Completed { exit_status } => exit_status,
        other => panic!("probe did not complete: {other:?}"),
    }
}

/// `<tmp>/wasipy-fs-<pid>-<name>/{data/a.txt, data/etclink -> /etc, data/rel -> ../../etc/passwd, secret.txt}`.
fn fixture(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("wasipy-fs-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let data = root.join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("a.txt"), "inside\n").unwrap();
    std::fs::write(root.join("secret.txt"), "outside\n").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/etc", data.join("etclink")).unwrap();
        std::os::unix::fs::symlink("../secret.txt", data.join("rel")).unwrap();
    }
    root
}

fn data(root: &Path) -> PathBuf {
    root.join("data")
}

#[test]
fn reads_inside_a_mount() {
    let root = fixture("inside");
    let errno = errno_of(
        &probe("a.txt", false, None),
        Mount::read_only(data(&root), "/data"),
    );
    assert_eq!(errno, ERRNO_SUCCESS);
    let _ = std::fs::remove_dir_all(root);
}

#[test]
fn paths_cannot_leave_a_mount() {
    let root = fixture("escape");
    for path in [
        "../secret.txt",
        "./../secret.txt",
        "a/../../secret.txt",
        "/etc/passwd",
        "etclink/passwd",
        "rel",
    ] {
        for writable in [false, true] {
            let mount = Mount {
                host: data(&root),
                guest: "/data".into(),
                writable,
            };
            let errno = errno_of(&probe(path, false, None), mount);
            assert_ne!(
                errno, ERRNO_SUCCESS,
                "{path:?} escaped (writable {writable})"
            );
        }
    }
    let _ = std::fs::remove_dir_all(root);
}

#[test]
fn a_symlink_made_inside_a_rw_mount_cannot_point_out() {
    let root = fixture("symlink");
    for (target, open) in [("/etc", "out/passwd"), ("../secret.txt", "out")] {
        let errno = errno_of(
            &probe(open, false, Some((target, "out"))),
            Mount::read_write(data(&root), "/data"),
        );
        // Either the symlink is refused (absolute targets are) or following it is.
        assert_ne!(
            errno, ERRNO_SUCCESS,
            "symlink to {target:?} let {open:?} out"
        );
        let _ = std::fs::remove_file(data(&root).join("out"));
    }
    let _ = std::fs::remove_dir_all(root);
}

#[test]
fn read_only_mounts_cannot_be_written() {
    let root = fixture("ro");
    let errno = errno_of(
        &probe("new.txt", true, None),
        Mount::read_only(data(&root), "/data"),
    );
    assert_ne!(errno, ERRNO_SUCCESS);
    assert!(!data(&root).join("new.txt").exists());

    let errno = errno_of(
        &probe("new.txt", true, None),
        Mount::read_write(data(&root), "/data"),
    );
    assert_eq!(errno, ERRNO_SUCCESS);
    assert!(data(&root).join("new.txt").exists());
    let _ = std::fs::remove_dir_all(root);
}
