//! The `time` module: clocks, `sleep`, and calendar conversions.
//!
//! The sandbox has no time zone database, so local time is UTC: `localtime` equals `gmtime`
//! (with tm_zone 'UTC'), `timezone`/`altzone` are 0 and `tzname` is ('UTC', 'UTC').
//! `process_time` is the CPU time where the platform reports it (native Linux) and otherwise
//! the monotonic time since the interpreter started (WASI hosts do not expose CPU clocks).

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::modules::structseq::{self, StructSeqDesc};
use crate::object::*;
use crate::objects::{floatobj, funcobj, intobj, moduleobj, strobj, tupleobj};
use crate::types::{self, MethodDef};
use crate::vm::{PyResult, Vm};

static STRUCT_TIME: StructSeqDesc = StructSeqDesc {
    name: "time.struct_time",
    fields: &[
        "tm_year",
        "tm_mon",
        "tm_mday",
        "tm_hour",
        "tm_min",
        "tm_sec",
        "tm_wday",
        "tm_yday",
        "tm_isdst",
        "tm_zone",
        "tm_gmtoff",
    ],
    n_seq: 9,
    n_unnamed: 0,
};

static STRUCT_TIME_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", struct_time_new),
    MethodDef::method("__repr__", structseq::repr),
    MethodDef::method("__reduce__", structseq::reduce),
    MethodDef::getter("tm_year", structseq::field::<0>),
    MethodDef::getter("tm_mon", structseq::field::<1>),
    MethodDef::getter("tm_mday", structseq::field::<2>),
    MethodDef::getter("tm_hour", structseq::field::<3>),
    MethodDef::getter("tm_min", structseq::field::<4>),
    MethodDef::getter("tm_sec", structseq::field::<5>),
    MethodDef::getter("tm_wday", structseq::field::<6>),
    MethodDef::getter("tm_yday", structseq::field::<7>),
    MethodDef::getter("tm_isdst", structseq::field::<8>),
    MethodDef::getter("tm_zone", structseq::field::<9>),
    MethodDef::getter("tm_gmtoff", structseq::field::<10>),
];

thread_local! {
    static STRUCT_TIME_TYPE: PyRef = structseq::new_type(&STRUCT_TIME, "struct_time", "time", STRUCT_TIME_METHODS);
    static START: Instant = Instant::now();
}

fn struct_time_type() -> PyRef {
    STRUCT_TIME_TYPE.with(|t| t.clone())
}

fn struct_time_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = struct_time_type();
    structseq::new_from_args(vm, args, &STRUCT_TIME, &base)
}

type Entry = (&'static str, NativeFn);

static FUNCTIONS: &[Entry] = &[
    ("time", time_time),
    ("time_ns", time_time_ns),
    ("monotonic", time_monotonic),
    ("monotonic_ns", time_monotonic_ns),
    ("perf_counter", time_monotonic),
    ("perf_counter_ns", time_monotonic_ns),
    ("process_time", time_process_time),
    ("process_time_ns", time_process_time_ns),
    ("thread_time", time_process_time),
    ("thread_time_ns", time_process_time_ns),
    ("sleep", time_sleep),
    ("gmtime", time_gmtime),
    ("localtime", time_localtime),
    ("mktime", time_mktime),
    ("asctime", time_asctime),
    ("ctime", time_ctime),
    ("strftime", time_strftime),
    ("strptime", time_strptime),
    ("tzset", time_tzset),
    ("get_clock_info", time_get_clock_info),
];

pub fn init_module(_vm: &mut Vm, m: &PyRef) -> PyResult<()> {
    START.with(|_| ());
    for (name, f) in FUNCTIONS {
        moduleobj::module_set(m, name, funcobj::new_native(name, *f, Some("time"), 0));
    }
    moduleobj::module_set(m, "struct_time", Value::Obj(struct_time_type()));
    moduleobj::module_set(m, "timezone", Value::Int(0));
    moduleobj::module_set(m, "altzone", Value::Int(0));
    moduleobj::module_set(m, "daylight", Value::Int(0));
    let utc = || strobj::new_str("UTC".to_string());
    moduleobj::module_set(m, "tzname", tupleobj::new_tuple(vec![utc(), utc()]));
    for (i, n) in [
        "CLOCK_REALTIME",
        "CLOCK_MONOTONIC",
        "CLOCK_PROCESS_CPUTIME_ID",
        "CLOCK_THREAD_CPUTIME_ID",
    ]
    .iter()
    .enumerate()
    {
        moduleobj::module_set(m, n, Value::Int(i as i64));
    }
    Ok(())
}

// ----- clocks -----

fn now_since_epoch() -> Duration {
    // A clock before 1970 is reported as the epoch itself.
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "time", 0)?;
    Ok(Value::Float(now_since_epoch().as_secs_f64()))
}

fn time_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "time_ns", 0)?;
    Ok(nanos_value(now_since_epoch()))
}

fn nanos_value(d: Duration) -> Value {
    let n = d.as_nanos();
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => intobj::int_from_bigint(num_bigint::BigInt::from(n)),
    }
}

fn monotonic() -> Duration {
    START.with(|s| s.elapsed())
}

fn time_monotonic(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "monotonic", 0)?;
    Ok(Value::Float(monotonic().as_secs_f64()))
}

fn time_monotonic_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "monotonic_ns", 0)?;
    Ok(nanos_value(monotonic()))
}

#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn cpu_time() -> Duration {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    let rc = unsafe { clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return monotonic();
    }
    Duration::new(
        ts.tv_sec.max(0) as u64,
        ts.tv_nsec.clamp(0, 999_999_999) as u32,
    )
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn cpu_time() -> Duration {
    monotonic()
}

fn time_process_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "process_time", 0)?;
    Ok(Value::Float(cpu_time().as_secs_f64()))
}

fn time_process_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "process_time_ns", 0)?;
    Ok(nanos_value(cpu_time()))
}

fn time_sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "sleep", 1)?;
    let secs = match &a[0] {
        Value::Float(f) => *f,
        v if intobj::is_int(v) => floatobj::to_f64(vm, v)?,
        v => {
            if types::lookup_str(&types::class_of(v), "__float__").is_some() {
                floatobj::to_f64(vm, v)?
            } else {
                return Err(vm.new_type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    types::type_name(v)
                )));
            }
        }
    };
    if secs.is_nan() {
        return Err(vm.new_value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.new_value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs > 1e15 {
        return Err(vm.new_overflow_error("sleep length is too large"));
    }
    vm.flush_stdout();
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::None)
}

/// `get_clock_info(name)`: a types.SimpleNamespace describing a clock (reported as CPython
/// on Linux reports it, which is what the clocks stand for here).
fn time_get_clock_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "get_clock_info", 1)?;
    let (imp, monotonic) = match a[0].as_rust_str() {
        Some("time") => ("clock_gettime(CLOCK_REALTIME)", false),
        Some("monotonic" | "perf_counter") => ("clock_gettime(CLOCK_MONOTONIC)", true),
        Some("process_time") => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true),
        Some("thread_time") => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true),
        Some(_) => return Err(vm.new_value_error("unknown clock")),
        None => {
            return Err(vm.new_type_error(format!(
                "get_clock_info() argument 1 must be str, not {}",
                types::type_name(&a[0])
            )))
        }
    };
    let m = vm.import_module_simple("types")?;
    let ns = vm.get_attr_str(&m, "SimpleNamespace")?;
    let names: Vec<PyRef> = ["implementation", "monotonic", "adjustable", "resolution"]
        .iter()
        .map(|n| types::intern(n))
        .collect();
    let vals = [
        strobj::new_str(imp.to_string()),
        Value::Bool(monotonic),
        Value::Bool(!monotonic),
        Value::Float(1e-09),
    ];
    vm.call_kw(&ns, &[], &names, &vals)
}

fn time_tzset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact(vm, "tzset", 0)?;
    Ok(Value::None)
}

// ----- calendar arithmetic -----

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1..=12).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// (year, month 1..=12, day 1..=31) of a day number since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// A broken-down time (the fields of `struct tm`, with the real year and month 1..=12).
#[derive(Clone, Debug)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// Monday = 0.
    pub wday: i64,
    /// 1..=366.
    pub yday: i64,
    pub isdst: i64,
    pub zone: &'static str,
}

/// Breaks seconds since the epoch into UTC calendar fields.
pub fn tm_from_secs(secs: i64, zone: &'static str) -> Tm {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (year, mon, mday) = civil_from_days(days);
    let yday = days - days_from_civil(year, 1, 1) + 1;
    Tm {
        year,
        mon,
        mday,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (days + 3).rem_euclid(7),
        yday,
        isdst: 0,
        zone,
    }
}

fn tm_to_value(tm: &Tm) -> Value {
    let cls = struct_time_type();
    let vals = vec![
        Value::Int(tm.year),
        Value::Int(tm.mon),
        Value::Int(tm.mday),
        Value::Int(tm.hour),
        Value::Int(tm.min),
        Value::Int(tm.sec),
        Value::Int(tm.wday),
        Value::Int(tm.yday),
        Value::Int(tm.isdst),
        strobj::new_str(tm.zone.to_string()),
        Value::Int(0),
    ];
    structseq::make(&cls, &STRUCT_TIME, vals)
}

/// Seconds argument of gmtime/localtime/ctime: None = now; floats are floored.
fn secs_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(now_since_epoch().as_secs() as i64),
        Some(Value::Float(f)) => float_secs(vm, *f),
        Some(v) if intobj::is_int(v) => match intobj::to_i64(v) {
            Some(i) => Ok(i),
            None => Err(vm.new_overflow_error("timestamp out of range for platform time_t")),
        },
        Some(v) => {
            if matches!(v.payload(), Some(Payload::Float(_))) {
                let f = floatobj::to_f64(vm, v)?;
                return float_secs(vm, f);
            }
            Err(vm.new_type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                types::type_name(v)
            )))
        }
    }
}

fn float_secs(vm: &mut Vm, f: f64) -> PyResult<i64> {
    if f.is_nan() {
        return Err(vm.new_value_error("Invalid value NaN (not a number)"));
    }
    let fl = f.floor();
    if !(-9.223372036854776e18..9.223372036854776e18).contains(&fl) {
        return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(fl as i64)
}

fn checked_tm(vm: &mut Vm, secs: i64, zone: &'static str) -> PyResult<Tm> {
    // glibc keeps tm_year (year - 1900) in an int.
    let max_days = (i32::MAX as i64 + 1900 + 1) * 366;
    if secs.div_euclid(86400).abs() > max_days {
        return Err(eoverflow(vm));
    }
    let tm = tm_from_secs(secs, zone);
    if tm.year - 1900 > i32::MAX as i64 || tm.year - 1900 < i32::MIN as i64 {
        return Err(eoverflow(vm));
    }
    Ok(tm)
}

fn eoverflow(vm: &mut Vm) -> crate::vm::PyErr {
    crate::modules::os::os_error(vm, 75, None)
}

fn time_gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "gmtime", 0, 1)?;
    let secs = secs_arg(vm, a.first())?;
    let tm = checked_tm(vm, secs, "GMT")?;
    Ok(tm_to_value(&tm))
}

fn time_localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "localtime", 0, 1)?;
    let secs = secs_arg(vm, a.first())?;
    let tm = checked_tm(vm, secs, "UTC")?;
    Ok(tm_to_value(&tm))
}

/// Reads a struct_time or 9-tuple (CPython's gettmarg), without range checks.
fn tm_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Tm> {
    let Some(items) = tupleobj::tuple_items(v).map(|t| t.to_vec()) else {
        return Err(vm.new_type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.new_type_error(format!("{}(): illegal time tuple argument", fname)));
    }
    let mut f = [0i64; 9];
    for (i, it) in items.iter().enumerate() {
        f[i] = match it {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            Value::Float(_) => {
                return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"))
            }
            other => {
                let n = vm.index(other)?;
                match intobj::to_i64(&n).and_then(|x| i32::try_from(x).ok()) {
                    Some(x) => x as i64,
                    None => {
                        return Err(
                            vm.new_overflow_error("Python int too large to convert to C int")
                        )
                    }
                }
            }
        };
        if !(i32::MIN as i64..=i32::MAX as i64).contains(&f[i]) {
            return Err(vm.new_overflow_error("Python int too large to convert to C int"));
        }
    }
    // Without a tm_zone, glibc's %Z is tzname[isdst], or empty when isdst is negative.
    let unnamed = if f[8] < 0 { "" } else { "UTC" };
    let zone = match v.as_obj().map(|o| o.class()) {
        Some(c) if types::is_subtype(&c, &struct_time_type()) => {
            match structseq::field::<9>(vm, v)? {
                Value::None => unnamed,
                z => match z.as_rust_str() {
                    Some("GMT") => "GMT",
                    _ => "UTC",
                },
            }
        }
        _ => unnamed,
    };
    Ok(Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        // C's tm_wday counts from Sunday; a negative remainder is rejected by check_tm.
        wday: match (f[6] + 1) % 7 {
            c if c < 0 => -1,
            c => (c + 6) % 7,
        },
        yday: f[7],
        isdst: f[8],
        zone,
    })
}

/// Zero month, day and day of year are accepted and mean the first one.
fn zero_means_first(tm: &mut Tm) {
    if tm.mon == 0 {
        tm.mon = 1;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == 0 {
        tm.yday = 1;
    }
}

/// Range checks shared by asctime and strftime (CPython's checktm).
fn check_tm(vm: &mut Vm, tm: &Tm) -> PyResult<()> {
    let err = if !(1..=12).contains(&tm.mon) {
        "month out of range"
    } else if !(1..=31).contains(&tm.mday) {
        "day of month out of range"
    } else if !(0..=23).contains(&tm.hour) {
        "hour out of range"
    } else if !(0..=59).contains(&tm.min) {
        "minute out of range"
    } else if !(0..=61).contains(&tm.sec) {
        "seconds out of range"
    } else if tm.wday < 0 {
        "day of week out of range"
    } else if !(1..=366).contains(&tm.yday) {
        "day of year out of range"
    } else {
        return Ok(());
    };
    Err(vm.new_value_error(err))
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn asctime_of(tm: &Tm) -> String {
    let wd = DAYS[tm.wday.rem_euclid(7) as usize];
    let mo = MONTHS[(tm.mon - 1).clamp(0, 11) as usize];
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        &wd[..3],
        &mo[..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

fn time_asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "asctime", 0, 1)?;
    let tm = match a.first() {
        Some(v) => {
            let mut tm = tm_arg(vm, v, "asctime")?;
            zero_means_first(&mut tm);
            check_tm(vm, &tm)?;
            tm
        }
        None => tm_from_secs(now_since_epoch().as_secs() as i64, "UTC"),
    };
    Ok(strobj::new_str(asctime_of(&tm)))
}

fn time_ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "ctime", 0, 1)?;
    let secs = secs_arg(vm, a.first())?;
    let tm = checked_tm(vm, secs, "UTC")?;
    Ok(strobj::new_str(asctime_of(&tm)))
}

fn time_mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.exact(vm, "mktime", 1)?;
    let tm = tm_arg(vm, &a[0], "mktime")?;
    Ok(Value::Float(tm_to_secs(&tm) as f64))
}

/// Seconds since the epoch of (possibly unnormalised) calendar fields, as mktime computes.
fn tm_to_secs(tm: &Tm) -> i64 {
    let m0 = tm.mon - 1;
    let y = tm.year + m0.div_euclid(12);
    let m = m0.rem_euclid(12) + 1;
    let days = days_from_civil(y, m, 1) + tm.mday - 1;
    days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec
}

/// `time.strptime(string[, format])`: parsed by the frozen `datetime` module, which returns
/// the eleven struct_time fields.
fn time_strptime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "strptime", 1, 2)?;
    let m = vm.import_module_simple("datetime")?;
    let f = vm.get_attr_str(&m, "_strptime_time")?;
    let r = vm.call(&f, a)?;
    let vals = match tupleobj::tuple_items(&r) {
        Some(items) if items.len() == 11 => items.to_vec(),
        _ => return Err(vm.new_runtime_error("datetime._strptime_time returned a bad value")),
    };
    Ok(structseq::make(&struct_time_type(), &STRUCT_TIME, vals))
}

fn time_strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "strftime", 1, 2)?;
    let Some(fmt) = a[0].as_rust_str().map(|s| s.to_string()) else {
        return Err(vm.new_type_error(format!(
            "strftime() argument 1 must be str, not {}",
            types::type_name(&a[0])
        )));
    };
    let tm = match a.get(1) {
        Some(v) => {
            let mut tm = tm_arg(vm, v, "strftime")?;
            zero_means_first(&mut tm);
            check_tm(vm, &tm)?;
            tm
        }
        None => tm_from_secs(now_since_epoch().as_secs() as i64, "UTC"),
    };
    if fmt.contains('\0') {
        return Err(vm.new_value_error("embedded null character"));
    }
    Ok(strobj::new_str(strftime(&fmt, &tm)))
}

/// Formats `tm` with the C library's (glibc's) strftime directives and flags.
pub fn strftime(fmt: &str, tm: &Tm) -> String {
    let mut out = String::with_capacity(fmt.len() + 16);
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut pad: Option<char> = None;
        let mut upper = false;
        let mut swap = false;
        while i < chars.len() && matches!(chars[i], '-' | '_' | '0' | '^' | '#') {
            match chars[i] {
                '-' => pad = Some('\0'),
                '_' => pad = Some(' '),
                '0' => pad = Some('0'),
                '^' => upper = true,
                _ => swap = true,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        while i < chars.len() && chars[i].is_ascii_digit() {
            width = Some(
                width
                    .unwrap_or(0)
                    .saturating_mul(10)
                    .saturating_add(chars[i] as usize - '0' as usize)
                    .min(1024),
            );
            i += 1;
        }
        while i < chars.len() && matches!(chars[i], 'E' | 'O') {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        let piece = match directive(conv, tm) {
            Some(Piece::Num(n, w, p)) => {
                let p = match pad {
                    // '-' drops the padding, except up to an explicit width.
                    Some('\0') if width.is_some() => Some(' '),
                    Some('\0') => None,
                    Some(x) => Some(x),
                    None => Some(p),
                };
                let w = width.unwrap_or(w);
                let digits = n.abs().to_string();
                let sign = if n < 0 { "-" } else { "" };
                match p {
                    None => format!("{}{}", sign, digits),
                    Some(pc) => {
                        let len = sign.len() + digits.len();
                        let fill: String = std::iter::repeat_n(pc, w.saturating_sub(len)).collect();
                        if pc == '0' {
                            format!("{}{}{}", sign, fill, digits)
                        } else {
                            format!("{}{}{}", fill, sign, digits)
                        }
                    }
                }
            }
            Some(Piece::Text(s)) => {
                // glibc's '#' swaps case: names to upper case, %p and %Z to lower.
                let s = match (swap, conv) {
                    (true, 'p' | 'Z') => s.to_lowercase(),
                    (true, 'a' | 'A' | 'b' | 'B' | 'h') => s.to_uppercase(),
                    _ if upper => s.to_uppercase(),
                    _ => s,
                };
                match width {
                    Some(w) if w > s.chars().count() => {
                        let pc = if pad == Some('0') { '0' } else { ' ' };
                        let fill: String = std::iter::repeat_n(pc, w - s.chars().count()).collect();
                        format!("{}{}", fill, s)
                    }
                    _ => s,
                }
            }
            None => chars[start..i].iter().collect(),
        };
        out.push_str(&piece);
    }
    out
}

enum Piece {
    /// A number with its default width and padding character.
    Num(i64, usize, char),
    Text(String),
}

/// ISO 8601 (year, week) of a date.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let week = (tm.yday - 1 - tm.wday.rem_euclid(7) + 10) / 7;
    if week < 1 {
        return (tm.year - 1, iso_weeks_in(tm.year - 1));
    }
    if week > iso_weeks_in(tm.year) {
        return (tm.year + 1, 1);
    }
    (tm.year, week)
}

/// 52 or 53: years starting on a Thursday (or leap years starting on a Wednesday) have 53.
fn iso_weeks_in(y: i64) -> i64 {
    let jan1 = (days_from_civil(y, 1, 1) + 3).rem_euclid(7);
    if jan1 == 3 || (jan1 == 2 && is_leap(y)) {
        53
    } else {
        52
    }
}

fn directive(c: char, tm: &Tm) -> Option<Piece> {
    use Piece::*;
    let wd = tm.wday.rem_euclid(7);
    let day = DAYS[wd as usize];
    let mon = MONTHS[(tm.mon - 1).clamp(0, 11) as usize];
    let h12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    let ampm = if tm.hour >= 12 { "PM" } else { "AM" };
    let sunday_wday = (wd + 1) % 7;
    Some(match c {
        'a' => Text(day[..3].to_string()),
        'A' => Text(day.to_string()),
        'b' | 'h' => Text(mon[..3].to_string()),
        'B' => Text(mon.to_string()),
        'c' => Text(strftime("%a %b %e %H:%M:%S %Y", tm)),
        // glibc pads the century to one digit only ('0' for year 1).
        'C' => Num(tm.year.div_euclid(100), 1, '0'),
        'd' => Num(tm.mday, 2, '0'),
        'D' | 'x' => Text(strftime("%m/%d/%y", tm)),
        'e' => Num(tm.mday, 2, ' '),
        'F' => Text(format!("{}-{}", strftime("%Y", tm), strftime("%m-%d", tm))),
        'g' => Num(iso_week(tm).0.rem_euclid(100), 2, '0'),
        'G' => Num(iso_week(tm).0, 1, '0'),
        'H' => Num(tm.hour, 2, '0'),
        'I' => Num(h12, 2, '0'),
        'j' => Num(tm.yday, 3, '0'),
        'k' => Num(tm.hour, 2, ' '),
        'l' => Num(h12, 2, ' '),
        'm' => Num(tm.mon, 2, '0'),
        'M' => Num(tm.min, 2, '0'),
        'n' => Text("\n".into()),
        'p' => Text(ampm.into()),
        'P' => Text(ampm.to_lowercase()),
        'r' => Text(strftime("%I:%M:%S %p", tm)),
        'R' => Text(strftime("%H:%M", tm)),
        's' => Num(tm_to_secs(tm), 1, '0'),
        'S' => Num(tm.sec, 2, '0'),
        't' => Text("\t".into()),
        'T' | 'X' => Text(strftime("%H:%M:%S", tm)),
        'u' => Num(wd + 1, 1, '0'),
        'U' => Num((tm.yday - 1 + 7 - sunday_wday) / 7, 2, '0'),
        'V' => Num(iso_week(tm).1, 2, '0'),
        'w' => Num(sunday_wday, 1, '0'),
        'W' => Num((tm.yday - 1 + 7 - wd) / 7, 2, '0'),
        'y' => Num(tm.year.rem_euclid(100), 2, '0'),
        'Y' => Num(tm.year, 1, '0'),
        // glibc leaves %z empty when isdst is negative.
        'z' if tm.isdst < 0 => Text(String::new()),
        'z' => Text("+0000".into()),
        'Z' => Text(tm.zone.into()),
        '%' => Text("%".into()),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_roundtrip() {
        for d in [-800_000i64, -1, 0, 1, 59, 365, 10_957, 19_000, 2_932_896] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
    }

    #[test]
    fn format_basics() {
        let tm = tm_from_secs(1_700_000_000, "GMT");
        assert_eq!(
            strftime("%Y-%m-%d %H:%M:%S %a %j", &tm),
            "2023-11-14 22:13:20 Tue 318"
        );
        assert_eq!(
            strftime("%G %V %U %W %-d %_m|%q", &tm),
            "2023 46 46 46 14 11|%q"
        );
    }
}
