//! The [`Runtime`]: one wasmtime Engine, the compiled python.wasm, a Linker with WASI
//! preview 1 and an `InstancePre`, plus the epoch ticker thread that enforces timeouts.
//! Built once per process and shared (it is `Send + Sync`); each run gets a fresh Store.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use wasmtime::{
    Config, Engine, InstanceAllocationStrategy, InstancePre, Linker, PoolingAllocationConfig,
};

use crate::cache::{self, CacheStatus, ModuleCache};
use crate::error::Error;
use crate::options::RunOptions;
use crate::result::RunResult;
use crate::run::{self, RunState};
use crate::session::{self, Session, SessionOptions};

/// python.wasm as built by this crate's build script (the `python` binary of wasipy-core).
pub fn python_wasm() -> &'static [u8] {
    include_bytes!(env!("WASIPY_PYTHON_WASM"))
}

/// Where the build script wrote python.wasm (inside the target dir).
pub const PYTHON_WASM_BUILD_PATH: &str = env!("WASIPY_PYTHON_WASM");

/// Settings fixed for the life of a [`Runtime`] (they shape the engine or the compiled code).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuntimeConfig {
    /// Compile with fuel metering so runs can set `Limits::fuel` (costs some speed).
    pub fuel: bool,
    /// Largest native stack wasm code may use, in bytes; deeper recursion traps (`Crashed`).
    /// A guest call runs on the calling thread when it has this much stack free (plus a
    /// margin), else on a helper thread that does (Linux; elsewhere the caller's thread must
    /// have the room). The default, 5 MiB, lets the parser reach CPython's nesting limits
    /// (MemoryError at 6000 levels) before the stack runs out, and Python code called back
    /// from native code (`__getitem__` run by `x[i]`, a `map` function, a generator resumed
    /// by `list()`) reach CPython's default recursion limit of 1000 (the interpreter allows
    /// one such level per 5 KiB; the heaviest measured takes 3 KiB).
    pub max_wasm_stack: usize,
    /// Where the compiled module is cached.
    pub cache: ModuleCache,
    /// Use wasmtime's pooling allocator (pre-reserved instance slots, copy-on-write memory).
    pub pooling: bool,
    /// With pooling: how many runs may be alive at once; one more fails to start.
    pub max_concurrent_runs: u32,
    /// The largest `Limits::memory` any run may ask for, in bytes.
    pub max_memory: u64,
    /// How often the ticker checks deadlines; a timeout fires at most this late.
    pub epoch_tick: Duration,
}

impl Default for RuntimeConfig {
    fn default() -> Self {
        RuntimeConfig {
            fuel: false,
            max_wasm_stack: 5 << 20,
            cache: ModuleCache::Default,
            pooling: true,
            max_concurrent_runs: 32,
            max_memory: 4 * 1024 * 1024 * 1024,
            epoch_tick: Duration::from_millis(5),
        }
    }
}

/// The shared sandbox factory. Build one per process; call [`Runtime::run`] from any thread.
pub struct Runtime {
    engine: Engine,
    instance_pre: InstancePre<RunState>,
    config: RuntimeConfig,
    cache_status: CacheStatus,
    ticker: Ticker,
}

impl Runtime {
    /// A runtime for the embedded python.wasm with the default configuration.
    pub fn new() -> Result<Runtime, Error> {
        Runtime::with_config(RuntimeConfig::default())
    }

    /// A runtime for the embedded python.wasm.
    pub fn with_config(config: RuntimeConfig) -> Result<Runtime, Error> {
        Runtime::build(python_wasm(), env!("WASIPY_PYTHON_WASM_HASH"), config)
    }

    /// A runtime for another WASI preview-1 command module (tests, tools). It gets the same
    /// WASI, limits and outcomes as python.wasm; its command line is built the same way.
    pub fn from_wasm(wasm: &[u8], config: RuntimeConfig) -> Result<Runtime, Error> {
        let hash = format!("{:016x}", cache::fnv1a64(wasm));
        Runtime::build(wasm, &hash, config)
    }

    /// Runs one program in a fresh sandbox. `Err` only when the run cannot start (bad option,
    /// unreadable mount, no free slot); whatever the guest does ends in `Ok(RunResult)`.
    pub fn run(&self, options: &RunOptions) -> Result<RunResult, Error> {
        let _active = self.ticker.begin_run();
        run::run(self, options)
    }

    /// Starts a [`Session`]: an interpreter that stays alive between calls. `Err` when it
    /// cannot start (bad option, no free slot, a module without the session ABI, or the
    /// interpreter failing to start within the limits).
    pub fn session(&self, options: SessionOptions) -> Result<Session, Error> {
        session::open(self, options)
    }

    /// How the module was obtained (cache hit, compiled and cached, compiled in memory).
    pub fn cache_status(&self) -> &CacheStatus {
        &self.cache_status
    }

    /// Whether runs start from a pre-initialised snapshot of the interpreter (see
    /// `snapshot.rs`): true for the embedded python.wasm unless taking the snapshot failed.
    pub fn preinitialized(&self) -> bool {
        let module = self.instance_pre.module();
        module.get_export("_start").is_some() && module.get_export("wasipy_preinit").is_none()
    }

    /// The configuration this runtime was built with.
    pub fn config(&self) -> &RuntimeConfig {
        &self.config
    }

    pub(crate) fn engine(&self) -> &Engine {
        &self.engine
    }

    pub(crate) fn instance_pre(&self) -> &InstancePre<RunState> {
        &self.instance_pre
    }

    pub(crate) fn ticker(&self) -> &Ticker {
        &self.ticker
    }

    fn build(wasm: &[u8], wasm_hash: &str, config: RuntimeConfig) -> Result<Runtime, Error> {
        let engine = Engine::new(&engine_config(&config)?).map_err(engine_error)?;
        let (module, cache_status) = cache::load_module(&engine, wasm, wasm_hash, &config.cache)?;
        let mut linker: Linker<RunState> = Linker::new(&engine);
        wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |state: &mut RunState| &mut state.wasi)
            .map_err(engine_error)?;
        crate::clock::shadow_wasi_functions(&mut linker).map_err(engine_error)?;
        let instance_pre = linker.instantiate_pre(&module).map_err(engine_error)?;
        let ticker = Ticker::start(&engine, config.epoch_tick)?;
        Ok(Runtime {
            engine,
            instance_pre,
            config,
            cache_status,
            ticker,
        })
    }
}

/// Bytes of a pooled slot's linear memory kept resident between runs (see `engine_config`).
const KEEP_RESIDENT: usize = 2 << 20;

fn engine_config(config: &RuntimeConfig) -> Result<Config, Error> {
    let mut c = Config::new();
    c.epoch_interruption(true)
        .consume_fuel(config.fuel)
        .max_wasm_stack(config.max_wasm_stack)
        // wasmtime requires room for max_wasm_stack in an async fiber's stack, though runs
        // are synchronous and never allocate one.
        .async_stack_size(config.max_wasm_stack + (512 << 10))
        .memory_init_cow(true)
        .parallel_compilation(true);
    if config.pooling {
        let max_memory = usize::try_from(config.max_memory)
            .map_err(|_| Error::InvalidOption("max_memory does not fit in usize".into()))?;
        let mut pool = PoolingAllocationConfig::default();
        pool.total_core_instances(config.max_concurrent_runs)
            .total_memories(config.max_concurrent_runs)
            .total_tables(config.max_concurrent_runs)
            .total_component_instances(0)
            // Runs are synchronous: no async fiber stacks (each would cost guard-page
            // mprotects at start-up).
            .total_stacks(0)
            .max_memory_size(max_memory)
            .table_elements(100_000)
            // A finished run's slot is reset by copying back only the pages it dirtied
            // (found with Linux's PAGEMAP_SCAN, 6.7 and later) and keeps them mapped, up to
            // these sizes, instead of unmapping them: the next run then takes no page faults
            // for them. A fresh sandbox running `1+1`: 84 page faults and 270 µs before, none
            // and 135 µs after. The rest of a bigger run's memory is unmapped as before, so
            // an idle slot holds at most this much.
            .linear_memory_keep_resident(KEEP_RESIDENT)
            .table_keep_resident(KEEP_RESIDENT / 2)
            .pagemap_scan(wasmtime::Enabled::Auto);
        c.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
    }
    Ok(c)
}

fn engine_error(e: wasmtime::Error) -> Error {
    Error::Engine(format!("{e:#}"))
}

/// The epoch ticker: advances the engine's epoch every `tick` while any run or session call is
/// active, and parks when none is (a long-lived idle runtime costs no wake-ups). Clones share
/// one thread, which ends once the runtime and every session made from it are gone.
#[derive(Clone)]
pub(crate) struct Ticker {
    shared: Arc<TickerShared>,
    thread: thread::Thread,
}

struct TickerShared {
    active: AtomicUsize,
}

/// Marks a run (or one session call) as active for as long as it lives.
pub(crate) struct ActiveRun<'a>(&'a Ticker);

impl Ticker {
    fn start(engine: &Engine, tick: Duration) -> Result<Ticker, Error> {
        let shared = Arc::new(TickerShared {
            active: AtomicUsize::new(0),
        });
        let weak_engine = engine.weak();
        let weak_shared = Arc::downgrade(&shared);
        let handle = thread::Builder::new()
            .name("wasipy-epoch".into())
            .spawn(move || {
                while let Some(shared) = weak_shared.upgrade() {
                    let idle = shared.active.load(Ordering::Acquire) == 0;
                    drop(shared);
                    if idle {
                        thread::park_timeout(Duration::from_secs(1));
                        continue;
                    }
                    thread::sleep(tick);
                    match weak_engine.upgrade() {
                        Some(engine) => engine.increment_epoch(),
                        None => break,
                    }
                }
            });
        // Without the ticker no timeout could fire: refuse to build the runtime.
        let handle = handle
            .map_err(|e| Error::Engine(format!("cannot start the epoch ticker thread: {e}")))?;
        Ok(Ticker {
            shared,
            thread: handle.thread().clone(),
        })
    }

    pub(crate) fn begin_run(&self) -> ActiveRun<'_> {
        if self.shared.active.fetch_add(1, Ordering::AcqRel) == 0 {
            self.thread.unpark();
        }
        ActiveRun(self)
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        // The last owner gone: wake the thread so it sees that and ends.
        if Arc::strong_count(&self.shared) == 1 {
            self.thread.unpark();
        }
    }
}

impl Drop for ActiveRun<'_> {
    fn drop(&mut self) {
        self.0.shared.active.fetch_sub(1, Ordering::AcqRel);
    }
}
