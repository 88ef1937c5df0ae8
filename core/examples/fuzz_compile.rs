//! Fuzzes the tokenizer, parser, symbol table and compiler: random token soups, mutated
//! real source files and deeply nested constructs must compile or fail with a SyntaxError
//! (or RecursionError/MemoryError), never panic or overflow the stack.
//!
//! Usage: `fuzz_compile [ITERATIONS] [SEED] [FILES...]` (FILES: sources to mutate). A
//! panicking input is written to `fuzz_crash_<n>.py` and the run fails.

use std::panic::{catch_unwind, AssertUnwindSafe};

use wasipy_core::compiler::{compile_source, Mode};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const PIECES: &[&str] = &[
    "if",
    "else",
    "elif",
    "while",
    "for",
    "in",
    "not",
    "and",
    "or",
    "def",
    "class",
    "return",
    "yield",
    "lambda",
    "try",
    "except",
    "except*",
    "finally",
    "with",
    "as",
    "async",
    "await",
    "import",
    "from",
    "global",
    "nonlocal",
    "del",
    "pass",
    "break",
    "continue",
    "raise",
    "assert",
    "match",
    "case",
    "_",
    "is",
    "None",
    "True",
    "False",
    "x",
    "y",
    "f",
    "__debug__",
    "__class__",
    "super",
    "print",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ";",
    ",",
    ".",
    "...",
    "=",
    "==",
    ":=",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "&",
    "|",
    "^",
    "~",
    "<<",
    ">>",
    "<",
    ">",
    "!=",
    "<=",
    "->",
    "+=",
    "**=",
    "\\",
    "#c",
    "0",
    "1",
    "0x1f",
    "0o7",
    "0b1",
    "1_0",
    "1.5e3",
    "1j",
    "09",
    "'s'",
    "\"s\"",
    "'''t'''",
    "b'b'",
    "rb'\\x'",
    "f'{x}'",
    "f'{x!r:>{y}}'",
    "f\"{x=}\"",
    "u'u'",
    "'",
    "\"",
    "'''",
    "f'{",
    "}",
    "é",
    "λ",
    "\u{feff}",
    "\u{0}",
    "\t",
    " ",
    "  ",
    "\n",
    "\n    ",
    "\n  ",
    "\r\n",
    "\x0c",
];

fn token_soup(r: &mut Rng) -> String {
    let n = 1 + r.below(40);
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(r.pick(PIECES));
        if r.below(3) == 0 {
            s.push(' ');
        }
    }
    s
}

fn nested(r: &mut Rng) -> String {
    let depth = 1 + r.below(400);
    let (open, close) = match r.below(10) {
        0 => ("(", ")"),
        1 => ("[", "]"),
        2 => ("{", "}"),
        3 => ("f(", ")"),
        4 => ("-", ""),
        5 => ("not ", ""),
        6 => ("lambda: ", ""),
        7 => ("a + ", ""),
        8 => ("f'{", "}'"),
        _ => ("x if y else ", ""),
    };
    let mut s = String::from("z = ");
    for _ in 0..depth {
        s.push_str(open);
    }
    s.push('1');
    for _ in 0..depth {
        s.push_str(close);
    }
    s.push('\n');
    if r.below(2) == 0 {
        // Nested blocks.
        let mut b = String::new();
        let levels = 1 + r.below(120);
        for i in 0..levels {
            b.push_str(&" ".repeat(i));
            b.push_str(r.pick(&[
                "if x:",
                "while x:",
                "for x in y:",
                "def f():",
                "class A:",
                "with a:",
                "try:",
            ]));
            b.push('\n');
        }
        b.push_str(&" ".repeat(levels));
        b.push_str("pass\n");
        return b;
    }
    s
}

fn mutate(r: &mut Rng, src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    if chars.is_empty() {
        return token_soup(r);
    }
    let mut out: Vec<char> = chars.clone();
    for _ in 0..1 + r.below(4) {
        let at = r.below(out.len() + 1);
        match r.below(4) {
            0 => {
                let len = r.below(20).min(out.len() - at.min(out.len()));
                out.drain(at..at + len);
            }
            1 => {
                let piece: Vec<char> = r.pick(PIECES).chars().collect();
                out.splice(at..at, piece);
            }
            2 => {
                let from = r.below(chars.len());
                let len = r.below(40).min(chars.len() - from);
                out.splice(at..at, chars[from..from + len].iter().cloned());
            }
            _ => {
                if at < out.len() {
                    out.truncate(at);
                }
            }
        }
    }
    out.into_iter().collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let iterations: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(10000);
    let seed: u64 = args
        .get(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x9E37_79B9_7F4A_7C15);
    let files: Vec<String> = args
        .iter()
        .skip(3)
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let mut r = Rng(seed | 1);
    std::panic::set_hook(Box::new(|_| {}));
    let mut crashes = 0;
    let mut outcomes = [0usize; 2];
    for i in 0..iterations {
        let src = match r.below(if files.is_empty() { 2 } else { 3 }) {
            0 => token_soup(&mut r),
            1 => nested(&mut r),
            _ => {
                let f = &files[r.below(files.len())];
                mutate(&mut r, f)
            }
        };
        let mode = [Mode::Exec, Mode::Eval, Mode::Single, Mode::File][r.below(4)];
        let res = catch_unwind(AssertUnwindSafe(|| {
            compile_source(&src, "<fuzz>", mode).is_ok()
        }));
        match res {
            Ok(ok) => outcomes[ok as usize] += 1,
            Err(_) => {
                crashes += 1;
                let name = format!("fuzz_crash_{}.py", crashes);
                let _ = std::fs::write(&name, &src);
                eprintln!(
                    "iteration {}: panic ({:?}), input saved to {}",
                    i, mode, name
                );
            }
        }
        let _ = wasipy_core::compiler::take_warnings();
    }
    println!(
        "{} inputs: {} compiled, {} rejected, {} panics",
        iterations, outcomes[1], outcomes[0], crashes
    );
    if crashes > 0 {
        std::process::exit(1);
    }
}
