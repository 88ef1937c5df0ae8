//! The `wasipy` command: runs a Python program in the sandbox, like `python3` but with
//! nothing ambient and hard limits. `wasipy --help` has the usage and exit statuses.
//! Without a program it reads one from stdin, or, when stdin is a terminal, starts the
//! interactive prompt (`repl.rs`).

mod repl;

use std::io::{IsTerminal as _, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use wasipy_wasi::{
    Deterministic, Limits, Mount, Outcome, OutputSink, Program, RunOptions, RunResult, Runtime,
    RuntimeConfig, SessionOptions, Stdin, EXIT_HOST_ERROR, EXIT_TIMEOUT, WASMTIME_VERSION,
};

const USAGE: &str = "usage: wasipy [options] [script.py | -c CODE | -m MODULE | -] [args...]";

const HELP: &str = "\
Run a Python program in the wasipy sandbox (python.wasm under wasmtime).

With no program, wasipy reads it from stdin, or starts an interactive prompt (a session:
state persists between statements) when stdin is a terminal.

The program sees only what is granted: its arguments, the --env pairs, and the --dir
mounts. A script's own folder is mounted read-only at its absolute path, and the guest
runs the script by that absolute path. No host env, no other files, no network.
The guest's working directory is `/`; add `--dir .` to open files relative to the
current folder as python3 would.

Options (before the program):
  --dir HOST[:GUEST][:ro|rw]  mount a host folder (default guest path = HOST, default ro)
  --env KEY=VALUE             set an environment variable (repeatable)
  --timeout SECS              wall-clock limit (default 30; fractions allowed)
  --memory MB                 guest memory limit in MiB (default 256)
  --fuel N                    instruction budget (wasmtime fuel; off by default)
  --max-output BYTES          limit for each of stdout and stderr (default 16777216)
  --deterministic             fixed clocks (2000-01-01, +1us per read) and seeded random
  --seed N                    seed for --deterministic (default 24301)
  --json                      capture output; print the result as one JSON object
  -q                          no banner at the interactive prompt
  --export-wasm PATH          write the embedded python.wasm to PATH and exit
  -V, --version               print the version
  -h, --help                  print this help

Exit status: the program's own (0 ok, 1 uncaught exception, sys.exit(n) gives n), or
    2    usage error            120  host error (bad mount, engine)
  121    guest crashed (trap)   122  output limit (--max-output)
  123    fuel exhausted         124  timeout
  125    memory limit           130  interrupted (Ctrl-C twice at the prompt)
At the interactive prompt the limits apply to each statement (memory and output to the
whole session); a statement that hits one restarts the session, whose state is then lost.

Environment: WASIPY_CACHE_DIR (compiled-module cache; default $XDG_CACHE_HOME/wasipy
or ~/.cache/wasipy).
";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cli = match parse_args(&args) {
        Ok(Command::Run(cli)) => *cli,
        Ok(Command::Help) => {
            print!("{USAGE}\n\n{HELP}");
            return;
        }
        Ok(Command::ExportWasm(path)) => {
            if let Err(e) = std::fs::write(&path, wasipy_wasi::python_wasm()) {
                eprintln!("wasipy: error: cannot write {}: {e}", path.display());
                std::process::exit(EXIT_HOST_ERROR);
            }
            return;
        }
        Ok(Command::Version) => {
            println!(
                "wasipy {} (wasmtime {WASMTIME_VERSION})",
                env!("CARGO_PKG_VERSION")
            );
            return;
        }
        Err(message) => {
            eprintln!("wasipy: {message}\n{USAGE}\nTry 'wasipy --help' for more information.");
            std::process::exit(2);
        }
    };
    std::process::exit(run(cli));
}

/// Runs the parsed command line and returns the process exit status.
fn run(cli: Cli) -> i32 {
    if cli.program.is_none() && !cli.json && std::io::stdin().is_terminal() {
        return interactive(cli);
    }
    let options = match run_options(&cli) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("wasipy: error: {message}");
            return EXIT_HOST_ERROR;
        }
    };
    let config = RuntimeConfig {
        fuel: cli.fuel.is_some(),
        max_concurrent_runs: 1,
        ..RuntimeConfig::default()
    };
    let runtime = match Runtime::with_config(config) {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("wasipy: error: {e}");
            return EXIT_HOST_ERROR;
        }
    };
    start_watchdog(cli.timeout, cli.json);
    let outcome = runtime.run(&options);
    // The process ends next: unmapping the engine's reservations would only cost time.
    std::mem::forget(runtime);
    match outcome {
        Ok(result) => {
            if cli.json {
                println!("{}", result_json(&result));
            } else {
                report_limit(&result);
            }
            result.outcome.exit_status()
        }
        Err(e) => {
            eprintln!("wasipy: error: {e}");
            EXIT_HOST_ERROR
        }
    }
}

/// The interactive prompt on a session.
fn interactive(cli: Cli) -> i32 {
    // Before any thread starts: Ctrl-C becomes a request to the prompt, not the end.
    let interrupts = repl::Interrupts::install();
    let runtime = match Runtime::with_config(RuntimeConfig {
        fuel: cli.fuel.is_some(),
        max_concurrent_runs: 2,
        ..RuntimeConfig::default()
    }) {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("wasipy: error: {e}");
            return EXIT_HOST_ERROR;
        }
    };
    let session = SessionOptions {
        args: cli.args.clone(),
        env: cli.env.clone(),
        mounts: cli.dirs.clone(),
        limits: Limits {
            timeout: cli.timeout,
            memory: cli.memory,
            fuel: cli.fuel,
            max_output: cli.max_output,
        },
        total_timeout: None,
        deterministic: cli.deterministic,
        stdout: OutputSink::Inherit,
        stderr: OutputSink::Inherit,
        cancel: None,
        stdin: Stdin::Inherit,
    };
    let status = repl::run(&runtime, session, interrupts, cli.quiet);
    std::mem::forget(runtime);
    status
}

/// The library enforces the timeout whenever guest code runs; a read of a terminal stdin
/// blocks in the host, where it cannot. This thread ends the process in that case.
fn start_watchdog(timeout: Duration, json: bool) {
    let grace = Duration::from_millis(250);
    let _ = std::thread::Builder::new()
        .name("wasipy-watchdog".into())
        .spawn(move || {
            std::thread::sleep(timeout.saturating_add(grace));
            if json {
                println!("{{\"outcome\":\"timeout\",\"exit_status\":{EXIT_TIMEOUT}}}");
            } else {
                eprintln!("wasipy: timeout after {:.3} s", timeout.as_secs_f64());
            }
            std::process::exit(EXIT_TIMEOUT);
        });
}

/// Tells the user on stderr why the sandbox stopped the program (not for normal exits).
fn report_limit(result: &RunResult) {
    let message = match &result.outcome {
        Outcome::Completed { .. } => return,
        Outcome::Timeout => "timeout".to_string(),
        Outcome::MemoryLimit => "memory limit reached".to_string(),
        Outcome::FuelExhausted => "fuel exhausted".to_string(),
        Outcome::OutputLimit => "output limit reached".to_string(),
        Outcome::Cancelled => "cancelled".to_string(),
        Outcome::Crashed { trap } => format!("the interpreter crashed: {trap}"),
    };
    let _ = std::io::stdout().flush();
    eprintln!("wasipy: {message}");
}

enum Command {
    Run(Box<Cli>),
    ExportWasm(PathBuf),
    Help,
    Version,
}

/// The parsed command line.
#[derive(Debug, PartialEq)]
struct Cli {
    /// `None`: read the program from stdin, or the interactive prompt on a terminal.
    program: Option<Program>,
    args: Vec<String>,
    dirs: Vec<Mount>,
    env: Vec<(String, String)>,
    timeout: Duration,
    memory: u64,
    fuel: Option<u64>,
    max_output: usize,
    deterministic: Option<Deterministic>,
    json: bool,
    quiet: bool,
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let defaults = Limits::default();
    let mut dirs = Vec::new();
    let mut env = Vec::new();
    let mut timeout = defaults.timeout;
    let mut memory = defaults.memory;
    let mut fuel = None;
    let mut max_output = defaults.max_output;
    let mut deterministic = false;
    let mut seed = Deterministic::default().seed;
    let mut json = false;
    let mut quiet = false;

    let mut i = 0;
    let program = loop {
        let Some(arg) = args.get(i) else {
            break None;
        };
        i += 1;
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if arg.starts_with("--") => (flag, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            if let Some(v) = &inline {
                return Ok(v.clone());
            }
            let v = args
                .get(i)
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))?;
            i += 1;
            Ok(v)
        };
        match flag {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--export-wasm" => return Ok(Command::ExportWasm(value("--export-wasm")?.into())),
            "--dir" => dirs.push(parse_dir(&value("--dir")?)?),
            "--env" => {
                let pair = value("--env")?;
                let (k, v) = pair
                    .split_once('=')
                    .filter(|(k, _)| !k.is_empty())
                    .ok_or_else(|| format!("--env wants KEY=VALUE, got {pair:?}"))?;
                env.push((k.to_string(), v.to_string()));
            }
            "--timeout" => {
                let v = value("--timeout")?;
                timeout = v
                    .parse::<f64>()
                    .ok()
                    .and_then(|s| Duration::try_from_secs_f64(s).ok())
                    .filter(|d| !d.is_zero())
                    .ok_or_else(|| format!("--timeout wants seconds > 0, got {v:?}"))?;
            }
            "--memory" => {
                let v = value("--memory")?;
                memory = v
                    .parse::<u64>()
                    .ok()
                    .filter(|mb| (1..=4096).contains(mb))
                    .map(|mb| mb * 1024 * 1024)
                    .ok_or_else(|| format!("--memory wants MiB from 1 to 4096, got {v:?}"))?;
            }
            "--fuel" => {
                let v = value("--fuel")?;
                fuel = Some(
                    v.parse::<u64>()
                        .map_err(|_| format!("--fuel wants a whole number, got {v:?}"))?,
                );
            }
            "--max-output" => {
                let v = value("--max-output")?;
                max_output = v
                    .parse::<usize>()
                    .map_err(|_| format!("--max-output wants bytes, got {v:?}"))?;
            }
            "--seed" => {
                let v = value("--seed")?;
                seed = v
                    .parse::<u64>()
                    .map_err(|_| format!("--seed wants a whole number, got {v:?}"))?;
            }
            "--deterministic" if inline.is_none() => deterministic = true,
            "--json" if inline.is_none() => json = true,
            "-q" => quiet = true,
            "-c" => break Some(Program::Code(value("-c")?)),
            "-m" => break Some(Program::Module(value("-m")?)),
            "-" => break Some(Program::Stdin),
            "--" => {
                let script = args.get(i).ok_or("no program given after --")?;
                i += 1;
                break Some(Program::Script(script.clone()));
            }
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}")),
            _ => break Some(Program::Script(arg.clone())),
        }
    };
    Ok(Command::Run(Box::new(Cli {
        program,
        args: args[i..].to_vec(),
        dirs,
        env,
        timeout,
        memory,
        fuel,
        max_output,
        deterministic: deterministic.then_some(Deterministic { seed }),
        json,
        quiet,
    })))
}

/// `HOST[:GUEST][:ro|rw]`.
fn parse_dir(spec: &str) -> Result<Mount, String> {
    let (rest, writable) = match spec.rsplit_once(':') {
        Some((rest, "ro")) => (rest, false),
        Some((rest, "rw")) => (rest, true),
        _ => (spec, false),
    };
    let (host, guest) = match rest.split_once(':') {
        Some((host, guest)) => (host, guest),
        None => (rest, rest),
    };
    if host.is_empty() || guest.is_empty() {
        return Err(format!("--dir wants HOST[:GUEST][:ro|rw], got {spec:?}"));
    }
    Ok(Mount {
        host: PathBuf::from(host),
        guest: guest.to_string(),
        writable,
    })
}

/// Turns the command line into run options: mounts the script's folder, wires stdio.
fn run_options(cli: &Cli) -> Result<RunOptions, String> {
    let mut mounts = cli.dirs.clone();
    // No program (and stdin is not a terminal): read it from stdin, as python3 does.
    let mut program = cli.program.clone().unwrap_or(Program::Stdin);
    if let Program::Script(path) = &program {
        let (host_dir, guest_dir, guest_script) = script_mount(path)?;
        mounts.insert(0, Mount::read_only(host_dir, guest_dir));
        program = Program::Script(guest_script);
    }
    let stdin = if program == Program::Stdin {
        let mut source = Vec::new();
        std::io::stdin()
            .read_to_end(&mut source)
            .map_err(|e| format!("cannot read the program from stdin: {e}"))?;
        Stdin::Bytes(source)
    } else {
        // Read lazily, only if the guest asks (a terminal or a pipe that never closes would
        // otherwise block before the program starts). The watchdog covers a blocked read.
        Stdin::Inherit
    };
    let sink = if cli.json {
        OutputSink::Capture
    } else {
        OutputSink::Inherit
    };
    Ok(RunOptions {
        program,
        args: cli.args.clone(),
        stdin,
        env: cli.env.clone(),
        mounts,
        limits: Limits {
            timeout: cli.timeout,
            memory: cli.memory,
            fuel: cli.fuel,
            max_output: cli.max_output,
        },
        deterministic: cli.deterministic,
        stdout: sink.clone(),
        stderr: sink,
        cancel: None,
    })
}

/// Where the script's folder is mounted and the path the guest opens: the folder's absolute
/// path (lexical, as python3 makes `__main__.__file__` absolute), on both sides, so tracebacks
/// read as under python3. The guest's working directory is `/`; `--dir .` makes paths relative
/// to the host's working directory work as under python3.
fn script_mount(path: &str) -> Result<(PathBuf, String, String), String> {
    let script = std::path::absolute(Path::new(path))
        .map_err(|e| format!("can't open file {path:?}: {e}"))?;
    if !script.is_file() {
        return Err(format!("can't open file {path:?}: not a readable file"));
    }
    let dir = script
        .parent()
        .ok_or_else(|| format!("{path:?} has no parent folder"))?;
    let guest_dir = dir
        .to_str()
        .ok_or_else(|| format!("the folder of {path:?} is not valid UTF-8"))?
        .to_string();
    let guest_script = script
        .to_str()
        .ok_or_else(|| format!("{path:?} is not valid UTF-8"))?
        .to_string();
    Ok((dir.to_path_buf(), guest_dir, guest_script))
}

/// The result as one JSON object (bytes shown as text, invalid UTF-8 replaced).
fn result_json(r: &RunResult) -> String {
    let mut fields = vec![
        format!("\"outcome\":{}", json_str(r.outcome.name())),
        format!("\"exit_status\":{}", r.outcome.exit_status()),
    ];
    if let Outcome::Crashed { trap } = &r.outcome {
        fields.push(format!("\"trap\":{}", json_str(trap)));
    }
    fields.push(format!("\"stdout\":{}", json_str(&r.stdout_text())));
    fields.push(format!("\"stderr\":{}", json_str(&r.stderr_text())));
    fields.push(format!("\"stdout_truncated\":{}", r.stdout_truncated));
    fields.push(format!("\"stderr_truncated\":{}", r.stderr_truncated));
    fields.push(match &r.exception {
        Some(e) => format!(
            "\"exception\":{{\"type\":{},\"message\":{}}}",
            json_str(&e.type_name),
            json_str(&e.message)
        ),
        None => "\"exception\":null".to_string(),
    });
    fields.push(format!(
        "\"duration_ms\":{:.3}",
        r.duration.as_secs_f64() * 1000.0
    ));
    fields.push(match r.fuel_used {
        Some(f) => format!("\"fuel_used\":{f}"),
        None => "\"fuel_used\":null".to_string(),
    });
    fields.push(format!("\"peak_memory\":{}", r.peak_memory));
    format!("{{{}}}", fields.join(","))
}

fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &[&str]) -> Result<Cli, String> {
        let args: Vec<String> = line.iter().map(|s| s.to_string()).collect();
        match parse_args(&args)? {
            Command::Run(cli) => Ok(*cli),
            _ => Err("not a run".into()),
        }
    }

    #[test]
    fn parses_programs_and_their_args() {
        let cli = parse(&["-c", "print(1)", "a", "--json"]).unwrap();
        assert_eq!(cli.program, Some(Program::Code("print(1)".into())));
        assert_eq!(cli.args, ["a", "--json"]);
        assert!(!cli.json);
        let cli = parse(&["--json", "x.py", "-c"]).unwrap();
        assert_eq!(cli.program, Some(Program::Script("x.py".into())));
        assert_eq!(cli.args, ["-c"]);
        assert!(cli.json);
        assert_eq!(
            parse(&["-m", "json"]).unwrap().program,
            Some(Program::Module("json".into()))
        );
        assert_eq!(parse(&["-"]).unwrap().program, Some(Program::Stdin));
        assert_eq!(
            parse(&["--", "-x.py"]).unwrap().program,
            Some(Program::Script("-x.py".into()))
        );
        // No program: stdin, or the interactive prompt; options still apply.
        let cli = parse(&["-q", "--timeout", "2"]).unwrap();
        assert_eq!(cli.program, None);
        assert!(cli.quiet);
        assert_eq!(cli.timeout, Duration::from_secs(2));
        assert_eq!(parse(&[]).unwrap().program, None);
    }

    #[test]
    fn parses_limits_and_grants() {
        let cli = parse(&[
            "--timeout=0.5",
            "--memory",
            "64",
            "--fuel",
            "1000",
            "--max-output",
            "10",
            "--env",
            "A=b=c",
            "--dir",
            "/tmp/x:/data:rw",
            "--dir",
            "in",
            "--deterministic",
            "--seed",
            "7",
            "-c",
            "pass",
        ])
        .unwrap();
        assert_eq!(cli.timeout, Duration::from_millis(500));
        assert_eq!(cli.memory, 64 << 20);
        assert_eq!(cli.fuel, Some(1000));
        assert_eq!(cli.max_output, 10);
        assert_eq!(cli.env, [("A".to_string(), "b=c".to_string())]);
        assert_eq!(cli.dirs[0], Mount::read_write("/tmp/x", "/data"));
        assert_eq!(cli.dirs[1], Mount::read_only("in", "in"));
        assert_eq!(cli.deterministic, Some(Deterministic { seed: 7 }));
    }

    #[test]
    fn rejects_bad_command_lines() {
        for line in [
            &["--timeout", "0", "-c", "1"][..],
            &["--timeout", "abc", "-c", "1"],
            &["--memory", "0", "-c", "1"],
            &["--env", "=x", "-c", "1"],
            &["--env", "novalue", "-c", "1"],
            &["--dir", ":x", "-c", "1"],
            &["--bogus", "-c", "1"],
            &["-c"],
            &["--json=1", "-c", "1"],
        ] {
            assert!(parse(line).is_err(), "{line:?} should be rejected");
        }
    }

    #[test]
    fn json_escapes() {
        assert_eq!(json_str("a\"b\\\n\u{1}é"), "\"a\\\"b\\\\\\n\\u0001é\"");
    }
}
