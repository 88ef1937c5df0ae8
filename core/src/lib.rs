//! wasipy-core: the Python interpreter (lexer, parser, compiler, VM, builtins).

/// Entry point used by the `python` binary: runs a whole program and returns the exit status.
pub fn main_with_args(args: Vec<String>) -> i32 {
    let _ = args;
    println!("wasipy: interpreter not yet built");
    0
}
