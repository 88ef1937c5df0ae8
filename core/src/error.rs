//! Compile-time errors (SyntaxError, IndentationError, TabError) before they become Python
//! exception objects.

/// Which SyntaxError subclass to raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxKind {
    Syntax,
    Indentation,
    Tab,
    /// Nesting too deep for the parser or compiler: becomes RecursionError.
    Recursion,
}

/// A syntax error with CPython's message and location.
#[derive(Clone, Debug)]
pub struct SyntaxErr {
    pub kind: SyntaxKind,
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (character offset) of the caret.
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The source line, if known.
    pub text: Option<String>,
    pub filename: String,
}

impl SyntaxErr {
    pub fn new(kind: SyntaxKind, msg: impl Into<String>, line: u32, col: u32, lines: &[String]) -> SyntaxErr {
        let text = if line >= 1 { lines.get(line as usize - 1).cloned() } else { None };
        SyntaxErr {
            kind,
            msg: msg.into(),
            line,
            col,
            end_line: line,
            end_col: col + 1,
            text,
            filename: String::new(),
        }
    }

    pub fn with_end(mut self, end_line: u32, end_col: u32) -> SyntaxErr {
        self.end_line = end_line;
        self.end_col = end_col;
        self
    }
}
