//! Builds python.wasm (the `python` binary of wasipy-core for wasm32-wasip1, profile `wasm`)
//! with a nested cargo and hands it to the library, which embeds it with `include_bytes!`.
//!
//! The nested cargo uses its own target dir (`<outer target>/wasm-guest`) so it never waits on
//! the lock the outer cargo holds. Environment that the outer cargo (or clippy) sets for *this*
//! build is removed so the guest is built the same way whichever command started us. The
//! jobserver (`CARGO_MAKEFLAGS`) is kept on purpose: the nested build then shares the outer
//! build's job tokens instead of oversubscribing the cores.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const GUEST_TARGET: &str = "wasm32-wasip1";

/// Variables the outer cargo sets that must not leak into the guest build.
const LEAKY_ENV: &[&str] = &[
    "RUSTFLAGS",
    "CARGO_ENCODED_RUSTFLAGS",
    "CARGO_BUILD_RUSTFLAGS",
    "RUSTC_WRAPPER",
    "RUSTC_WORKSPACE_WRAPPER",
    "CARGO_BUILD_RUSTC_WRAPPER",
    "CARGO_BUILD_RUSTC_WORKSPACE_WRAPPER",
    "CARGO_TARGET_DIR",
    "CARGO_BUILD_TARGET_DIR",
    "CARGO_BUILD_TARGET",
    "CARGO_PRIMARY_PACKAGE",
    "CARGO_LLVM_COV",
    "LLVM_PROFILE_FILE",
];

fn main() {
    let manifest_dir = PathBuf::from(env_var("CARGO_MANIFEST_DIR"));
    let root = manifest_dir
        .parent()
        .expect("wasi/ lives inside the workspace root")
        .to_path_buf();
    let out_dir = PathBuf::from(env_var("OUT_DIR"));

    for path in [
        "core/src",
        "core/Cargo.toml",
        ".cargo/config.toml",
        "Cargo.lock",
        "Cargo.toml",
    ] {
        println!("cargo:rerun-if-changed={}", root.join(path).display());
    }
    println!("cargo:rerun-if-env-changed=WASIPY_GUEST_WASM");

    // Escape hatch for packagers: use a python.wasm built elsewhere.
    let wasm = match env::var_os("WASIPY_GUEST_WASM") {
        Some(path) => fs::read(&path)
            .unwrap_or_else(|e| panic!("WASIPY_GUEST_WASM={path:?} cannot be read: {e}")),
        None => build_guest(&root, &out_dir),
    };

    let dest = out_dir.join("python.wasm");
    fs::write(&dest, &wasm).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
    println!("cargo:rustc-env=WASIPY_PYTHON_WASM={}", dest.display());
    println!(
        "cargo:rustc-env=WASIPY_PYTHON_WASM_HASH={:016x}",
        fnv1a64(&wasm)
    );
}

/// Runs the nested `cargo build` and returns the bytes of python.wasm.
fn build_guest(root: &Path, out_dir: &Path) -> Vec<u8> {
    check_target_installed();
    let target_dir = outer_target_dir(out_dir).join("wasm-guest");
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root)
        .args(["build", "-p", "wasipy-core", "--bin", "python"])
        .args(["--target", GUEST_TARGET, "--profile", "wasm"])
        .arg("--target-dir")
        .arg(&target_dir)
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"));
    if env::var_os("CARGO_NET_OFFLINE").is_some() {
        cmd.arg("--offline");
    }
    for key in LEAKY_ENV {
        cmd.env_remove(key);
    }
    let output = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot start the nested cargo for python.wasm: {e}"));
    if !output.status.success() {
        panic!(
            "building python.wasm failed ({}):\n{}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let wasm_path = target_dir
        .join(GUEST_TARGET)
        .join("wasm")
        .join("python.wasm");
    fs::read(&wasm_path).unwrap_or_else(|e| panic!("cannot read {}: {e}", wasm_path.display()))
}

/// Fails the build with the fix in the message when `rustup target add wasm32-wasip1` is missing.
fn check_target_installed() {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let sysroot = Command::new(&rustc)
        .args(["--print", "sysroot"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    if let Some(sysroot) = sysroot {
        let lib = sysroot.join("lib/rustlib").join(GUEST_TARGET);
        if !lib.is_dir() {
            panic!(
                "\n\nThe Rust target {GUEST_TARGET} is not installed (no {}).\n\
                 Install it with:\n\n    rustup target add {GUEST_TARGET}\n\n\
                 or run scripts/setup.sh, which installs everything wasipy needs.\n",
                lib.display()
            );
        }
    }
}

/// The outer target dir: `OUT_DIR` is `<target>[/<triple>]/<profile>/build/<pkg>-<hash>/out`;
/// cargo marks the root of a target dir with `CACHEDIR.TAG`.
fn outer_target_dir(out_dir: &Path) -> PathBuf {
    let profile_parent = out_dir
        .ancestors()
        .nth(4)
        .expect("OUT_DIR has the documented depth");
    profile_parent
        .ancestors()
        .take(2)
        .find(|dir| dir.join("CACHEDIR.TAG").is_file())
        .unwrap_or(profile_parent)
        .to_path_buf()
}

/// 64-bit FNV-1a: identifies this python.wasm in the compiled-module cache key.
fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

fn env_var(key: &str) -> String {
    env::var(key).unwrap_or_else(|_| panic!("cargo sets {key} for build scripts"))
}
