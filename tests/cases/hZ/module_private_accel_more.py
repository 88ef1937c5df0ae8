for name in ("_md5", "_sha1", "_sha256", "_sha3", "_blake2", "_signal", "_locale", "_statistics", "_py_abc", "_threading_local", "_zoneinfo", "_pydecimal"):
    try:
        __import__(name)
        print(name, "ok")
    except ImportError as e:
        print(name, "SKIP", e)
import _md5, _sha1, _sha256, _sha3, _blake2, _signal, _locale, _statistics, _py_abc, _threading_local, _pydecimal
print(_md5.md5(b"abc").hexdigest(), _sha1.sha1(b"abc").hexdigest()[:16], _sha256.sha224(b"abc").hexdigest()[:16], _sha256.sha256(b"abc").hexdigest()[:16])
print(_sha3.sha3_256(b"abc").hexdigest()[:16], _sha3.shake_128(b"abc").hexdigest(8), _blake2.blake2b(b"abc", digest_size=16).hexdigest(), _blake2.blake2s(b"abc").hexdigest()[:16])
print(_blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2S_SALT_SIZE, _md5.md5().name, _sha256.sha224().digest_size, type(_md5.md5()) is _md5.MD5Type)
print(_signal.SIGINT, type(_signal.SIGINT).__name__, _signal.SIGTERM, _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler, _signal.SIG_DFL, _signal.SIG_IGN)
print(_locale.setlocale(_locale.LC_NUMERIC, None), _locale.localeconv()["decimal_point"], _locale.CHAR_MAX, issubclass(_locale.Error, Exception))
print(round(_statistics._normal_dist_inv_cdf(0.975, 0.0, 1.0), 6), round(_statistics._normal_dist_inv_cdf(0.5, 10.0, 2.0), 6))
class Base(metaclass=_py_abc.ABCMeta):
    pass
Base.register(int); print(isinstance(3, Base), type(_py_abc.get_cache_token()).__name__)
loc = _threading_local.local(); loc.x = 5; print(loc.x)
print(_pydecimal.Decimal("1.1") + _pydecimal.Decimal("2.2"), _pydecimal.ROUND_HALF_UP, _pydecimal.getcontext().prec)
