//! The compiled-module cache: python.wasm is compiled once per machine and loaded by mmap
//! (`Module::deserialize_file`, ~0.2 ms) on every later start.
//!
//! The file name is the key: wasmtime's version, a hash of the engine settings
//! (`Engine::precompile_compatibility_hash`) and a hash of the wasm. A file that wasmtime
//! rejects (stale, truncated) is recompiled and replaced; files are written to a temporary name
//! and renamed, so a reader never sees half a file. If the directory cannot be written the
//! module is compiled in memory and the run goes on. Writing a new file prunes the cache to
//! it plus the four newest others (each rebuild of python.wasm has a new key).
//!
//! Trust: the cache holds native code. Whoever can write the cache directory can run code as
//! the user; it is created private (0700) under the user's own cache directory.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

use wasmtime::{Engine, Module};

use crate::error::Error;

/// wasmtime's version, pinned in Cargo.toml (`=48.0.8`); part of the cache key.
pub const WASMTIME_VERSION: &str = "48.0.8";

/// Where compiled modules are cached.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ModuleCache {
    /// `$WASIPY_CACHE_DIR`, else `$XDG_CACHE_HOME/wasipy`, else `$HOME/.cache/wasipy`.
    #[default]
    Default,
    /// This directory.
    Dir(PathBuf),
    /// Always compile in memory.
    Disabled,
}

impl ModuleCache {
    /// The directory this setting points at, if any.
    pub fn dir(&self) -> Option<PathBuf> {
        match self {
            ModuleCache::Dir(dir) => Some(dir.clone()),
            ModuleCache::Disabled => None,
            ModuleCache::Default => {
                let non_empty = |key| std::env::var_os(key).filter(|v| !v.is_empty());
                non_empty("WASIPY_CACHE_DIR")
                    .map(PathBuf::from)
                    .or_else(|| {
                        non_empty("XDG_CACHE_HOME").map(|d| PathBuf::from(d).join("wasipy"))
                    })
                    .or_else(|| {
                        non_empty("HOME").map(|h| PathBuf::from(h).join(".cache").join("wasipy"))
                    })
            }
        }
    }
}

/// How the module was obtained when the runtime was built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CacheStatus {
    /// Loaded from this cache file.
    Hit(PathBuf),
    /// Compiled, then written to this cache file.
    Written(PathBuf),
    /// Compiled in memory (cache disabled, or the directory could not be written).
    Compiled,
}

/// Loads `wasm` (identified by `wasm_hash`) from the cache, or compiles it and fills the cache.
pub(crate) fn load_module(
    engine: &Engine,
    wasm: &[u8],
    wasm_hash: &str,
    cache: &ModuleCache,
) -> Result<(Module, CacheStatus), Error> {
    let Some(dir) = cache.dir() else {
        return Ok((compile(engine, wasm)?, CacheStatus::Compiled));
    };
    let path = dir.join(file_name(engine, wasm_hash));
    if path.is_file() {
        // SAFETY: the file is one we wrote with `Module::serialize` for this engine
        // configuration (the key says so, and wasmtime re-checks version and settings in its
        // header). See the module docs on who can write the cache directory.
        if let Ok(module) = unsafe { Module::deserialize_file(engine, &path) } {
            return Ok((module, CacheStatus::Hit(path)));
        }
    }
    let module = compile(engine, wasm)?;
    let status = match module.serialize() {
        Ok(bytes) if write_atomically(&dir, &path, &bytes).is_ok() => {
            prune(&dir, &path);
            CacheStatus::Written(path)
        }
        _ => CacheStatus::Compiled,
    };
    Ok((module, status))
}

/// How many compiled modules of *other* wasm builds to keep (older wasipy versions still in
/// use, other engine settings); every rebuild of python.wasm makes a new file, so without a
/// bound a development machine would collect them forever.
const KEEP_OTHERS: usize = 4;

/// Deletes all but the newest [`KEEP_OTHERS`] cache files other than `keep`. Best effort.
fn prune(dir: &Path, keep: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut others: Vec<(std::time::SystemTime, PathBuf)> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.as_path() != keep)
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("python-") && n.ends_with(".cwasm"))
        })
        .filter_map(|p| Some((fs::metadata(&p).ok()?.modified().ok()?, p)))
        .collect();
    others.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    for (_, path) in others.into_iter().skip(KEEP_OTHERS) {
        let _ = fs::remove_file(path);
    }
}

/// Compiles `wasm`, pre-initialised (see `crate::snapshot`) when it can be.
fn compile(engine: &Engine, wasm: &[u8]) -> Result<Module, Error> {
    if let Some(snapshot) = crate::snapshot::preinitialize(wasm) {
        if let Ok(module) = Module::new(engine, &snapshot) {
            return Ok(module);
        }
    }
    Module::new(engine, wasm).map_err(|e| Error::Engine(format!("compiling python.wasm: {e}")))
}

/// Part of the cache key: changes when what `compile` makes of a wasm changes.
const SNAPSHOT_VERSION: u32 = 1;

/// `python-<wasmtime version>-<engine settings hash>-<wasm hash>-p<snapshot version>.cwasm`.
fn file_name(engine: &Engine, wasm_hash: &str) -> String {
    let mut hasher = DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut hasher);
    format!(
        "python-{WASMTIME_VERSION}-{:016x}-{wasm_hash}-p{SNAPSHOT_VERSION}.cwasm",
        hasher.finish()
    )
}

fn write_atomically(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    create_private_dir(dir)?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("module"),
        std::process::id()
    ));
    let written = fs::File::create(&tmp).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    match written.and_then(|()| fs::rename(&tmp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    fs::create_dir_all(dir)
}

/// 64-bit FNV-1a, as the build script computes it for the embedded python.wasm.
pub(crate) fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}
