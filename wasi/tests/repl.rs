//! The interactive prompt, driven through a pseudo-terminal (util-linux `script`) as a user
//! types: prompts, multi-line blocks, echoed values, tracebacks, state between statements,
//! `input()`, Ctrl-C at the prompt and during a statement, a timeout, history, Ctrl-D and
//! `sys.exit`. Each test waits for the prompt before typing the next line.

use std::io::{Read as _, Write as _};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const WASIPY: &str = env!("CARGO_BIN_EXE_wasipy");

/// A wasipy prompt on a pseudo-terminal.
struct Terminal {
    child: Child,
    input: ChildStdin,
    output: Arc<Mutex<Vec<u8>>>,
    /// How much of the output `expect` has consumed.
    seen: usize,
    home: PathBuf,
}

impl Terminal {
    fn start(args: &[&str]) -> Terminal {
        let home = std::env::temp_dir().join(format!(
            "wasipy-repl-{}-{}",
            std::process::id(),
            args.join("_").replace(['/', ' '], "_")
        ));
        let _ = std::fs::remove_dir_all(&home);
        std::fs::create_dir_all(&home).unwrap();
        // `exec`: `script -c` runs the command through $SHELL (or /bin/sh); a shell left in
        // between would share the terminal's process group, die of Ctrl-C's SIGINT and make
        // `script -e` report 130 whatever wasipy did.
        let mut command = vec!["exec".to_string(), WASIPY.to_string()];
        command.extend(args.iter().map(|a| a.to_string()));
        let mut child = Command::new("script")
            .args(["-qfec", &command.join(" "), "/dev/null"])
            .env("TERM", "xterm")
            .env("SHELL", "/bin/sh")
            .env("HOME", &home)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("util-linux `script` runs (it provides the pseudo-terminal)");
        let input = child.stdin.take().unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let output: Arc<Mutex<Vec<u8>>> = Arc::default();
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Terminal {
            child,
            input,
            output,
            seen: 0,
            home,
        }
    }

    /// The output so far with the terminal's control sequences and carriage returns removed.
    fn text_from(&self, from: usize) -> String {
        let raw = self.output.lock().unwrap();
        let text = String::from_utf8_lossy(&raw[from.min(raw.len())..]).into_owned();
        strip_controls(&text)
    }

    /// Waits until `want` appears in the output after what earlier expects consumed.
    fn expect(&mut self, want: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let len = self.output.lock().unwrap().len();
            let text = self.text_from(self.seen);
            if let Some(at) = text.find(want) {
                // Consume up to the match (the raw length is an upper bound: good enough,
                // as every expect waits for something printed after the last one).
                let consumed = &text[..at + want.len()];
                self.seen = len.min(self.seen + raw_len_of(&self.output, self.seen, consumed));
                return consumed.to_string();
            }
            if Instant::now() > deadline {
                panic!(
                    "timed out waiting for {want:?}; output so far:\n{}",
                    self.text_from(0)
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, keys: &str) {
        self.input.write_all(keys.as_bytes()).unwrap();
        self.input.flush().unwrap();
    }

    /// Types a line and presses Enter.
    fn line(&mut self, text: &str) {
        self.send(text);
        self.send("\r");
    }

    fn wait(mut self) -> (Option<i32>, String, PathBuf) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                std::thread::sleep(Duration::from_millis(50));
                return (status.code(), self.text_from(0), self.home.clone());
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("wasipy did not exit; output:\n{}", self.text_from(0));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// How many raw bytes from `from` it takes to produce `text` once stripped.
fn raw_len_of(output: &Arc<Mutex<Vec<u8>>>, from: usize, text: &str) -> usize {
    let raw = output.lock().unwrap();
    let raw = &raw[from.min(raw.len())..];
    for end in 0..=raw.len() {
        if strip_controls(&String::from_utf8_lossy(&raw[..end])).len() >= text.len() {
            return end;
        }
    }
    raw.len()
}

/// Removes ANSI escape sequences and carriage returns.
fn strip_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    while let Some(&n) = chars.peek() {
                        chars.next();
                        if ('@'..='~').contains(&n) {
                            break;
                        }
                    }
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

#[test]
fn statements_blocks_values_and_tracebacks() {
    let mut t = Terminal::start(&[]);
    let banner = t.expect(">>> ");
    assert!(
        banner.contains("wasipy 0.1.0 (Python 3.11 compatible)"),
        "{banner}"
    );
    t.line("1 + 1");
    t.expect("\n2\n>>> ");
    t.line("greeting = 'hé'");
    t.expect(">>> ");
    t.line("def shout(s):");
    t.expect("... ");
    t.line("    return s.upper() + '!'");
    t.expect("... ");
    t.line("");
    t.expect(">>> ");
    t.line("shout(greeting)");
    t.expect("'HÉ!'\n>>> ");
    t.line("for i in range(3): i * 10");
    t.expect("... ");
    t.line("");
    t.expect("0\n10\n20\n>>> ");
    t.line("_ + 1");
    t.expect("21\n>>> ");
    t.line("x = [1,");
    t.expect("... ");
    t.line("     2]");
    t.expect(">>> ");
    t.line("x");
    t.expect("[1, 2]\n>>> ");
    t.line("shout(3)");
    t.expect(
        "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  File \"<stdin>\", line 2, in shout\nAttributeError: 'int' object has no attribute 'upper'\n>>> ",
    );
    t.line("1 +");
    t.expect("  File \"<stdin>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n>>> ");
    t.line("print('no newline', end='')");
    t.expect("no newline\n>>> ");
    t.line("name = input('name? ')");
    t.expect("name? ");
    t.line("Ada");
    t.expect(">>> ");
    t.line("name");
    t.expect("'Ada'\n>>> ");
    t.line("exit");
    t.expect("Use exit() or Ctrl-D (i.e. EOF) to exit\n>>> ");
    t.line("quit(3)");
    let (status, _, _) = t.wait();
    assert_eq!(status, Some(3));
}

#[test]
fn ctrl_c_drops_the_line_or_stops_the_statement() {
    let mut t = Terminal::start(&["-q"]);
    t.expect(">>> ");
    t.line("kept = 1");
    t.expect(">>> ");
    // At the prompt: the half-typed statement is dropped.
    t.line("def f():");
    t.expect("... ");
    t.send("    ret\u{3}");
    t.expect("KeyboardInterrupt\n>>> ");
    t.line("kept");
    t.expect("1\n>>> ");
    // During a statement: it stops, the session restarts without its state.
    t.line("while True: pass");
    t.expect("... ");
    t.line("");
    std::thread::sleep(Duration::from_millis(300));
    t.send("\u{3}");
    t.expect("KeyboardInterrupt\n");
    t.expect("the session was restarted");
    t.expect(">>> ");
    t.line("kept");
    t.expect("NameError: name 'kept' is not defined\n>>> ");
    t.line("2 ** 10");
    t.expect("1024\n>>> ");
    // Ctrl-D at an empty prompt exits with status 0.
    t.send("\u{4}");
    let (status, _, _) = t.wait();
    assert_eq!(status, Some(0));
}

#[test]
fn a_timeout_restarts_the_session_and_history_is_kept() {
    let mut t = Terminal::start(&["-q", "--timeout", "0.5"]);
    t.expect(">>> ");
    t.line("x = 41");
    t.expect(">>> ");
    t.line("x + 1");
    t.expect("42\n>>> ");
    // The up arrow recalls the last line, `x + 1`.
    t.send("\u{1b}[A");
    t.send("\r");
    t.expect("42\n>>> ");
    t.line("while True: pass");
    t.expect("... ");
    t.line("");
    t.expect("wasipy: timeout: the statement ran for more than 0.5 s\n");
    t.expect("the session was restarted");
    t.expect(">>> ");
    t.line("x");
    t.expect("NameError: name 'x' is not defined\n>>> ");
    t.send("\u{4}");
    let (status, _, home) = t.wait();
    assert_eq!(status, Some(0));
    let history = std::fs::read_to_string(home.join(".wasipy_history")).unwrap_or_default();
    assert!(
        history.contains("x = 41") && history.contains("while True: pass"),
        "history file: {history:?}"
    );
    let _ = std::fs::remove_dir_all(home);
}
