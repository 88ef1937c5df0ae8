//! Pre-initialisation: python.wasm's start-up work that does not depend on the run (building
//! the builtin types and the builtins and sys modules, ~1M instructions) is done once, when
//! the module is compiled for the cache, and every run starts from a snapshot of the memory
//! it left, as Wizer does.
//!
//! The module is instantiated with every import trapping (the guest's `wasipy_preinit` must
//! not touch WASI, so nothing of the host that builds the cache leaks into the snapshot),
//! `wasipy_preinit` is called, and a new module is written: the same sections, except that the
//! data section holds the memory as the call left it, the memory's minimum size covers it, and
//! the `wasipy_preinit` export is gone (it cannot run twice). When the snapshot cannot be
//! taken safely — the export is missing, the module has a layout this code does not know, the
//! call fails — the caller uses the module as it is.
//!
//! What the layout must be (python.wasm, as rustc and wasm-ld build it for wasm32-wasip1):
//! one memory, defined in the module; a data section with only active segments (no
//! `memory.init`, no data count section); no start function; one mutable global, the stack
//! pointer, with the stack below all data (the call returns with the stack pointer where it
//! started, so the stack's contents are dead and are left out).

use wasmtime::{Config, Engine, Linker, Module, OptLevel, Store};

/// The export that builds the run-independent state.
const PREINIT: &str = "wasipy_preinit";

const SECTION_MEMORY: u8 = 5;
const SECTION_GLOBAL: u8 = 6;
const SECTION_EXPORT: u8 = 7;
const SECTION_START: u8 = 8;
const SECTION_DATA: u8 = 11;
const SECTION_DATA_COUNT: u8 = 12;

const WASM_PAGE: usize = 65536;

/// A snapshot of `wasm` after its `wasipy_preinit` ran, or None (see the module docs).
pub(crate) fn preinitialize(wasm: &[u8]) -> Option<Vec<u8>> {
    let layout = Layout::parse(wasm)?;
    let memory = run_preinit(wasm)?;
    Some(layout.rewrite(wasm, &memory))
}

/// Instantiates `wasm` with trapping imports and calls `wasipy_preinit`; returns the memory.
fn run_preinit(wasm: &[u8]) -> Option<Vec<u8>> {
    // A plain engine of its own: the code is thrown away after one call, so it is compiled
    // without optimisation (faster to compile), and no limits or pooling are needed.
    let mut config = Config::new();
    config.cranelift_opt_level(OptLevel::None);
    let engine = Engine::new(&config).ok()?;
    let module = Module::new(&engine, wasm).ok()?;
    module.get_export(PREINIT)?;
    let mut store = Store::new(&engine, ());
    let mut linker: Linker<()> = Linker::new(&engine);
    linker.define_unknown_imports_as_traps(&module).ok()?;
    let instance = linker.instantiate(&mut store, &module).ok()?;
    let preinit = instance
        .get_typed_func::<(), u32>(&mut store, PREINIT)
        .ok()?;
    if preinit.call(&mut store, ()).ok()? != 0 {
        return None;
    }
    let memory = instance.get_memory(&mut store, "memory")?;
    Some(memory.data(&store).to_vec())
}

/// Where the sections that change are, and what the checks of the module docs found.
struct Layout {
    /// (id, start of the section's contents, end), in order.
    sections: Vec<(u8, usize, usize)>,
    /// The memory's maximum in pages, if it has one.
    memory_max: Option<u64>,
    /// The stack pointer's initial value: memory below it is stack.
    stack_top: usize,
}

impl Layout {
    fn parse(wasm: &[u8]) -> Option<Layout> {
        if wasm.get(..8)? != b"\0asm\x01\0\0\0" {
            return None;
        }
        let mut sections = Vec::new();
        let mut r = Reader { b: wasm, pos: 8 };
        while r.pos < wasm.len() {
            let id = r.byte()?;
            let len = r.u32()? as usize;
            let start = r.pos;
            let end = start.checked_add(len).filter(|&e| e <= wasm.len())?;
            sections.push((id, start, end));
            r.pos = end;
        }
        let contents = |id: u8| {
            let mut found = sections.iter().filter(|s| s.0 == id);
            let s = found.next();
            match (s, found.next()) {
                (Some(&(_, a, b)), None) => Some(Some(Reader {
                    b: &wasm[..b],
                    pos: a,
                })),
                (None, _) => Some(None),
                _ => None,
            }
        };
        // No data count section (bulk data instructions) and no start function (it would run
        // again on top of the snapshot).
        if contents(SECTION_DATA_COUNT)?.is_some() || contents(SECTION_START)?.is_some() {
            return None;
        }
        // Cheap check first: a module without the export is not compiled for nothing.
        let e = contents(SECTION_EXPORT)??;
        let exports = &wasm[e.pos..e.b.len()];
        if without_export(exports, PREINIT).len() == exports.len() {
            return None;
        }
        // One memory, 32-bit, not shared.
        let mut m = contents(SECTION_MEMORY)??;
        if m.u32()? != 1 {
            return None;
        }
        let memory_max = match m.byte()? {
            0 => {
                m.u32()?;
                None
            }
            1 => {
                m.u32()?;
                Some(u64::from(m.u32()?))
            }
            _ => return None,
        };
        // Exactly one mutable global: an i32 with a constant start, the stack pointer.
        let mut g = contents(SECTION_GLOBAL)??;
        let mut stack_top = None;
        for _ in 0..g.u32()? {
            let ty = g.byte()?;
            let mutable = g.byte()? == 1;
            let value = g.const_expr()?;
            if mutable {
                match (ty, value, stack_top) {
                    (0x7f, Some(v), None) => stack_top = Some(v as usize),
                    _ => return None,
                }
            }
        }
        let stack_top = stack_top?;
        // Active segments of memory 0 at constant offsets, all above the stack. The section
        // must be there: `rewrite` puts the snapshot in its place.
        {
            let mut d = contents(SECTION_DATA)??;
            for _ in 0..d.u32()? {
                if d.u32()? != 0 {
                    return None;
                }
                let offset = d.const_expr()??;
                if (offset as usize) < stack_top {
                    return None;
                }
                let len = d.u32()? as usize;
                d.pos = d.pos.checked_add(len)?;
            }
        }
        Some(Layout {
            sections,
            memory_max,
            stack_top,
        })
    }

    /// The module with `memory` as its initial memory (see the module docs).
    fn rewrite(&self, wasm: &[u8], memory: &[u8]) -> Vec<u8> {
        let pages = memory.len().div_ceil(WASM_PAGE) as u64;
        let mut out = wasm[..8].to_vec();
        for &(id, start, end) in &self.sections {
            let body = match id {
                SECTION_MEMORY => {
                    let mut s = Vec::new();
                    leb(&mut s, 1);
                    match self.memory_max {
                        None => {
                            s.push(0);
                            leb(&mut s, pages);
                        }
                        Some(max) => {
                            s.push(1);
                            leb(&mut s, pages);
                            leb(&mut s, max.max(pages));
                        }
                    }
                    s
                }
                SECTION_EXPORT => without_export(&wasm[start..end], PREINIT),
                SECTION_DATA => data_section(memory, self.stack_top.min(memory.len())),
                _ => wasm[start..end].to_vec(),
            };
            out.push(id);
            leb(&mut out, body.len() as u64);
            out.extend_from_slice(&body);
        }
        out
    }
}

/// The export section `body` without the export called `name`.
fn without_export(body: &[u8], name: &str) -> Vec<u8> {
    let mut r = Reader { b: body, pos: 0 };
    let mut kept = Vec::new();
    let mut count = 0u64;
    let Some(n) = r.u32() else {
        return body.to_vec();
    };
    for _ in 0..n {
        let start = r.pos;
        let Some(len) = r.u32() else {
            return body.to_vec();
        };
        let Some(export) = body.get(r.pos..r.pos + len as usize) else {
            return body.to_vec();
        };
        r.pos += len as usize;
        if r.byte().is_none() || r.u32().is_none() {
            return body.to_vec();
        }
        if export != name.as_bytes() {
            kept.extend_from_slice(&body[start..r.pos]);
            count += 1;
        }
    }
    let mut out = Vec::new();
    leb(&mut out, count);
    out.extend_from_slice(&kept);
    out
}

/// A data section holding the non-zero bytes of `memory` from `from` on, as segments that
/// bridge runs of fewer than `GAP` zero bytes (each segment costs about 8 bytes).
fn data_section(memory: &[u8], from: usize) -> Vec<u8> {
    const GAP: usize = 64;
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let mut i = from;
    while i < memory.len() {
        if memory[i] == 0 {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while i < memory.len() {
            if memory[i] != 0 {
                i += 1;
                end = i;
            } else if i - end >= GAP {
                break;
            } else {
                i += 1;
            }
        }
        segments.push((start, end));
    }
    let mut out = Vec::new();
    leb(&mut out, segments.len() as u64);
    for (start, end) in segments {
        // Active, memory 0, offset `i32.const start`.
        out.push(0);
        out.push(0x41);
        sleb(&mut out, start as i64);
        out.push(0x0b);
        leb(&mut out, (end - start) as u64);
        out.extend_from_slice(&memory[start..end]);
    }
    out
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let v = *self.b.get(self.pos)?;
        self.pos += 1;
        Some(v)
    }

    fn u32(&mut self) -> Option<u32> {
        let mut v: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(v).ok();
            }
        }
        None
    }

    fn i64(&mut self) -> Option<i64> {
        let mut v: i64 = 0;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            if shift >= 64 {
                return None;
            }
            v |= i64::from(b & 0x7f) << shift;
            shift += 7;
            if b & 0x80 == 0 {
                if shift < 64 && b & 0x40 != 0 {
                    v |= -1i64 << shift;
                }
                return Some(v);
            }
        }
    }

    /// A constant expression: `Some(Some(v))` for `i32.const v` alone, `Some(None)` for any
    /// other expression this reader can skip, None for one it cannot.
    fn const_expr(&mut self) -> Option<Option<i64>> {
        let mut value = None;
        let mut n = 0;
        loop {
            let op = self.byte()?;
            n += 1;
            match op {
                0x0b => return Some(if n == 2 { value } else { None }),
                0x41 | 0x42 => value = Some(self.i64()?).filter(|_| op == 0x41),
                0x43 => self.pos += 4,
                0x44 => self.pos += 8,
                0x23 | 0xd2 => {
                    self.u32()?;
                }
                0xd0 => {
                    self.byte()?;
                }
                _ => return None,
            }
        }
    }
}

fn leb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn sleb(out: &mut Vec<u8>, mut v: i64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        let done = (v == 0 && b & 0x40 == 0) || (v == -1 && b & 0x40 != 0);
        if done {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leb_round_trips() {
        for v in [0u64, 1, 127, 128, 300, 65536, u32::MAX as u64] {
            let mut b = Vec::new();
            leb(&mut b, v);
            assert_eq!(Reader { b: &b, pos: 0 }.u32(), Some(v as u32));
        }
        for v in [0i64, 1, -1, 63, 64, -64, -65, 8 << 20, i32::MIN as i64] {
            let mut b = Vec::new();
            sleb(&mut b, v);
            assert_eq!(Reader { b: &b, pos: 0 }.i64(), Some(v));
        }
    }

    #[test]
    fn data_segments_cover_exactly_the_non_zero_bytes() {
        let mut mem = vec![0u8; 4096];
        mem[10] = 1;
        mem[20] = 2; // bridged to the first (gap < 64)
        mem[1000] = 3;
        mem[4095] = 4;
        let section = data_section(&mem, 0);
        let mut r = Reader {
            b: &section,
            pos: 0,
        };
        let mut rebuilt = vec![0u8; 4096];
        let n = r.u32().unwrap();
        assert_eq!(n, 3);
        for _ in 0..n {
            assert_eq!(r.u32(), Some(0));
            let offset = r.const_expr().unwrap().unwrap() as usize;
            let len = r.u32().unwrap() as usize;
            rebuilt[offset..offset + len].copy_from_slice(&section[r.pos..r.pos + len]);
            r.pos += len;
        }
        assert_eq!(rebuilt, mem);
        // Below `from` (the dead stack) nothing is kept.
        assert_eq!(
            Reader {
                b: &data_section(&mem, 2000),
                pos: 0
            }
            .u32(),
            Some(1)
        );
    }

    #[test]
    fn a_module_without_the_export_is_left_alone() {
        let wasm = wat::parse_str(
            r#"(module (memory (export "memory") 1)
                 (global $sp (mut i32) (i32.const 1024))
                 (data (i32.const 2048) "x")
                 (func (export "_start")))"#,
        )
        .unwrap();
        assert!(Layout::parse(&wasm).is_none());
        assert!(preinitialize(&wasm).is_none());
    }

    #[test]
    fn the_snapshot_holds_what_preinit_wrote_and_drops_the_export() {
        let wasm = wat::parse_str(
            r#"(module (memory (export "memory") 1)
                 (global $sp (mut i32) (i32.const 1024))
                 (data (i32.const 2048) "a")
                 (func (export "wasipy_preinit") (result i32)
                   (i32.store8 (i32.const 100) (i32.const 9)) ;; dead stack: dropped
                   (drop (memory.grow (i32.const 1)))
                   (i32.store8 (i32.const 70000) (i32.const 7))
                   (i32.const 0))
                 (func (export "get") (param i32) (result i32)
                   (i32.load8_u (local.get 0))))"#,
        )
        .unwrap();
        let snap = preinitialize(&wasm).expect("snapshot");
        let engine = Engine::default();
        let module = Module::new(&engine, &snap).unwrap();
        assert!(module.get_export(PREINIT).is_none());
        let mut store = Store::new(&engine, ());
        let instance = wasmtime::Instance::new(&mut store, &module, &[]).unwrap();
        let get = instance
            .get_typed_func::<i32, i32>(&mut store, "get")
            .unwrap();
        assert_eq!(get.call(&mut store, 2048).unwrap(), b'a' as i32);
        assert_eq!(get.call(&mut store, 70000).unwrap(), 7);
        assert_eq!(get.call(&mut store, 100).unwrap(), 0);
    }

    #[test]
    fn a_start_function_or_a_missing_data_section_gives_no_snapshot() {
        for body in [r#"(data (i32.const 2048) "a") (func $s) (start $s)"#, ""] {
            let wasm = wat::parse_str(format!(
                r#"(module (memory (export "memory") 1)
                     (global $sp (mut i32) (i32.const 1024))
                     (func (export "wasipy_preinit") (result i32) (i32.const 0))
                     {body})"#
            ))
            .unwrap();
            assert!(Layout::parse(&wasm).is_none(), "{body}");
        }
    }

    #[test]
    fn a_preinit_that_calls_an_import_gives_no_snapshot() {
        let wasm = wat::parse_str(
            r#"(module
                 (import "wasi_snapshot_preview1" "clock_time_get"
                   (func $clock (param i32 i64 i32) (result i32)))
                 (memory (export "memory") 1)
                 (global $sp (mut i32) (i32.const 1024))
                 (data (i32.const 2048) "a")
                 (func (export "wasipy_preinit") (result i32)
                   (call $clock (i32.const 0) (i64.const 0) (i32.const 0))))"#,
        )
        .unwrap();
        assert!(preinitialize(&wasm).is_none());
    }
}
