//! The wasipy interpreter built natively (the same entry point as core's `python` binary), so
//! the differential tests can run it as a process next to python3 and python.wasm.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let status = wasipy_core::main_with_args(args);
    std::process::exit(status);
}
