//! Floating-point functions whose results must not depend on the platform's C library
//! (glibc natively, wasi-libc's musl-derived libm in python.wasm).

/// `hypot(x, y)` as glibc 2.35+ computes it (CPython uses the C library's hypot for
/// `abs(complex)` and cmath, so results must match the oracle's glibc bit for bit, not be
/// "more correct"): Borges' correction ("An Improved Algorithm for hypot(a, b)", 2019) without
/// fma, with glibc's scaling thresholds.
pub fn hypot(x: f64, y: f64) -> f64 {
    if !x.is_finite() || !y.is_finite() {
        if x.is_infinite() || y.is_infinite() {
            return f64::INFINITY;
        }
        return x + y;
    }
    const SCALE: f64 = f64::from_bits((1023 - 600) << 52); // 2**-600
    const LARGE_VAL: f64 = f64::from_bits((1023 + 511) << 52); // 2**511
    const TINY_VAL: f64 = f64::from_bits((1023 - 511) << 52); // 2**-511
    const EPS: f64 = f64::from_bits((1023 - 54) << 52); // 2**-54
    let (x, y) = (x.abs(), y.abs());
    let (ax, ay) = if x < y { (y, x) } else { (x, y) };
    if ax > LARGE_VAL {
        if ay <= ax * EPS {
            return ax + ay;
        }
        return kernel(ax * SCALE, ay * SCALE) / SCALE;
    }
    if ay < TINY_VAL {
        if ax >= ay / EPS {
            return ax + ay;
        }
        return kernel(ax / SCALE, ay / SCALE) * SCALE;
    }
    if ay <= ax * EPS {
        return ax + ay;
    }
    kernel(ax, ay)
}

fn kernel(ax: f64, ay: f64) -> f64 {
    let mut h = (ax * ax + ay * ay).sqrt();
    let (t1, t2);
    if h <= 2.0 * ay {
        let delta = h - ay;
        t1 = ax * (2.0 * delta - ax);
        t2 = (delta - 2.0 * (ax - ay)) * delta;
    } else {
        let delta = h - ax;
        t1 = 2.0 * delta * (ax - 2.0 * ay);
        t2 = (4.0 * delta - ay) * ay + delta * delta;
    }
    h -= (t1 + t2) / (2.0 * h);
    h
}

#[cfg(test)]
mod tests {
    use super::hypot;

    #[test]
    fn special_values() {
        assert_eq!(hypot(3.0, 4.0), 5.0);
        assert_eq!(hypot(-0.0, 0.0), 0.0);
        assert_eq!(hypot(f64::INFINITY, f64::NAN), f64::INFINITY);
        assert!(hypot(1.0, f64::NAN).is_nan());
        assert_eq!(hypot(1e308, 1e308), 1.4142135623730952e308);
        assert_eq!(hypot(5e-324, 5e-324), 5e-324);
        assert_eq!(hypot(0.1, 0.2), 0.223606797749979);
    }
}
