//! The `python` command (python.wasm when built for wasm32-wasip1).

#[global_allocator]
static ALLOC: wasipy_core::alloc::CountingAlloc = wasipy_core::alloc::CountingAlloc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let status = wasipy_core::main_with_args(args);
    std::process::exit(status);
}
