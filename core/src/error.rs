//! Compile-time errors (SyntaxError, IndentationError, TabError, and the RecursionError and
//! MemoryError that excessive nesting produces) before they become Python exception objects.

/// Which exception to raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxKind {
    Syntax,
    Indentation,
    Tab,
    /// "maximum recursion depth exceeded during compilation": RecursionError.
    Recursion,
    /// The parser's own stack limit: MemoryError (as in CPython 3.11).
    Memory,
}

/// A syntax error (boxed: compile functions return `Result<_, SyntaxErr>` through deep
/// recursions, and a small error type keeps their stack frames small).
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxErr(Box<SyntaxErrInfo>);

impl From<SyntaxErrInfo> for SyntaxErr {
    fn from(i: SyntaxErrInfo) -> SyntaxErr {
        SyntaxErr(Box::new(i))
    }
}

impl std::ops::Deref for SyntaxErr {
    type Target = SyntaxErrInfo;
    fn deref(&self) -> &SyntaxErrInfo {
        &self.0
    }
}

impl std::ops::DerefMut for SyntaxErr {
    fn deref_mut(&mut self) -> &mut SyntaxErrInfo {
        &mut self.0
    }
}

/// A syntax error with CPython's message and location. The numbers are those of the
/// SyntaxError attributes: `offset` and `end_offset` are 1-based and may be 0 or -1.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxErrInfo {
    pub kind: SyntaxKind,
    pub msg: String,
    pub line: i64,
    pub col: i64,
    pub end_line: i64,
    pub end_col: i64,
    /// The source line (SyntaxError.text), if known.
    pub text: Option<String>,
    pub filename: String,
}

impl SyntaxErr {
    /// An error at `line`, 1-based `col`, with the text taken from `lines`.
    pub fn new(
        kind: SyntaxKind,
        msg: impl Into<String>,
        line: u32,
        col: u32,
        lines: &[String],
    ) -> SyntaxErr {
        let text = if line >= 1 {
            lines.get(line as usize - 1).map(|l| format!("{}\n", l))
        } else {
            None
        };
        SyntaxErr::from(SyntaxErrInfo {
            kind,
            msg: msg.into(),
            line: line as i64,
            col: col as i64,
            end_line: line as i64,
            end_col: col as i64 + 1,
            text,
            filename: String::new(),
        })
    }

    /// An error without a location (RecursionError, MemoryError).
    pub fn bare(kind: SyntaxKind, msg: impl Into<String>) -> SyntaxErr {
        SyntaxErr::from(SyntaxErrInfo {
            kind,
            msg: msg.into(),
            line: 0,
            col: 0,
            end_line: 0,
            end_col: 0,
            text: None,
            filename: String::new(),
        })
    }

    pub fn with_end(mut self, end_line: u32, end_col: u32) -> SyntaxErr {
        self.end_line = end_line as i64;
        self.end_col = end_col as i64;
        self
    }
}

/// The 1-based byte offset in `line` of the 1-based character offset `col` (columns past
/// the end count one byte each). CPython keeps AST columns in bytes.
pub fn char_to_byte_offset(line: &str, col: i64) -> i64 {
    if col <= 0 {
        return col;
    }
    let idx = (col - 1) as usize;
    let mut bytes = 0usize;
    let mut n = 0usize;
    for c in line.chars() {
        if n == idx {
            return bytes as i64 + 1;
        }
        bytes += c.len_utf8();
        n += 1;
    }
    (bytes + (idx - n)) as i64 + 1
}

/// The 1-based character offset in `line` of the 1-based byte offset `col`, clipped to just
/// after the line (CPython's `_PyPegen_byte_offset_to_character_offset`).
pub fn byte_to_char_offset(line: &str, col: i64) -> i64 {
    if col <= 0 {
        return col;
    }
    let len = line.len() as i64;
    let col = col.min(len + 1);
    let prefix = &line.as_bytes()[..(col - 1).min(len) as usize];
    String::from_utf8_lossy(prefix).chars().count() as i64 + 1
}

/// Line `lineno` (1-based, with its newline) of the file `filename` if it exists: CPython
/// shows compile errors with the text it re-reads from the file.
pub fn read_file_line(filename: &str, lineno: i64) -> Option<String> {
    if lineno < 1 || filename.is_empty() || filename.starts_with('<') {
        return None;
    }
    let bytes = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let mut n = 0;
    for line in text.split_inclusive('\n') {
        n += 1;
        if n == lineno {
            return Some(line.to_string());
        }
    }
    None
}

impl SyntaxErr {
    /// An error found after parsing (symbol table, compiler): byte offsets from the AST
    /// positions, and the text re-read from the file (None when there is no such file).
    pub fn at_node(
        kind: SyntaxKind,
        msg: impl Into<String>,
        span: crate::ast::Span,
        lines: &[String],
        filename: &str,
    ) -> SyntaxErr {
        let line_of = |l: u32| {
            lines
                .get((l as usize).wrapping_sub(1))
                .map(|s| s.as_str())
                .unwrap_or("")
        };
        let col = char_to_byte_offset(line_of(span.start.line), span.start.col as i64 + 1);
        let end_col = char_to_byte_offset(line_of(span.end.line), span.end.col as i64 + 1);
        SyntaxErr::from(SyntaxErrInfo {
            kind,
            msg: msg.into(),
            line: span.start.line as i64,
            col,
            end_line: span.end.line as i64,
            end_col,
            text: read_file_line(filename, span.start.line as i64),
            filename: filename.to_string(),
        })
    }
}

/// Guards the Rust stack of the parser and compiler: deeply nested input must end in a
/// MemoryError or RecursionError, never overflow the stack. The counters that mirror
/// CPython's limits (the parser's MAXSTACK, the compiler's recursion limit) come first;
/// this is the safety net for builds whose frames are larger than they allow for.
pub mod stack {
    use std::cell::Cell;

    thread_local! {
        /// Lowest safe stack address (0: not yet known).
        static LIMIT: Cell<usize> = const { Cell::new(0) };
    }

    /// The stack kept free below the limit (for error reporting and the frames between
    /// checks).
    #[cfg(not(target_family = "wasm"))]
    const NATIVE_BUDGET: usize = 7 << 20;
    #[cfg(target_family = "wasm")]
    const WASM_RESERVE: usize = 512 << 10;

    #[inline(always)]
    fn sp() -> usize {
        let x = 0u8;
        std::hint::black_box(&x) as *const u8 as usize
    }

    #[cfg(target_family = "wasm")]
    fn compute_limit() -> usize {
        extern "C" {
            static __stack_low: u8;
        }
        // Taking the address of the linker-defined symbol (never reading it) is safe.
        let low = std::ptr::addr_of!(__stack_low) as usize;
        low + WASM_RESERVE
    }

    /// Native: the main thread has an 8 MiB stack; the first compilation happens near its
    /// top (the main script), so the budget is measured from there.
    #[cfg(not(target_family = "wasm"))]
    fn compute_limit() -> usize {
        sp().saturating_sub(NATIVE_BUDGET)
    }

    /// Records where the stack ends (called when compiling starts).
    pub fn init() {
        LIMIT.with(|l| {
            if l.get() == 0 {
                l.set(compute_limit().max(1));
            }
        });
    }

    /// Is the stack nearly exhausted?
    #[inline]
    pub fn low() -> bool {
        let limit = LIMIT.with(|l| l.get());
        sp() < limit
    }
}
