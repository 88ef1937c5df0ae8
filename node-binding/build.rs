//! napi-build sets the linker flags a Node addon needs (undefined `napi_*` symbols are
//! resolved by the node process that loads it).
fn main() {
    napi_build::setup();
}
