import itertools, functools, operator
print(list(itertools.batched("abcdefg", 3)) if hasattr(itertools, "batched") else "no batched")
print(hasattr(functools, "cache"), hasattr(operator, "call"), hasattr(str, "removeprefix"), hasattr(int, "bit_count"), hasattr(__builtins__, "aiter"), hasattr(__builtins__, "anext"))
import math
print(hasattr(math, "cbrt"), hasattr(math, "exp2"), hasattr(math, "sumprod"), hasattr(math, "fma"))
import sys
print(hasattr(sys, "exception"), hasattr(sys, "monitoring"), hasattr(sys, "activate_stack_trampoline"))
import typing
print(hasattr(typing, "Self"), hasattr(typing, "LiteralString"), hasattr(typing, "Never"), hasattr(typing, "assert_never"), hasattr(typing, "reveal_type"), hasattr(typing, "override"), hasattr(typing, "TypeVarTuple"), hasattr(typing, "Unpack"), hasattr(typing, "Required"), hasattr(typing, "dataclass_transform"), hasattr(typing, "TypeAliasType"))
import enum
print(hasattr(enum, "StrEnum"), hasattr(enum, "verify"), hasattr(enum, "member"), hasattr(enum, "nonmember"), hasattr(enum, "global_enum"), hasattr(enum, "EnumType"), hasattr(enum, "ReprEnum"), hasattr(enum, "EnumCheck"), hasattr(enum, "FlagBoundary"), hasattr(enum, "property"), hasattr(enum, "pickle_by_enum_name"))
import datetime
print(hasattr(datetime, "UTC"), hasattr(datetime.datetime, "fromisoformat"))
import tomllib, hashlib
print(hasattr(hashlib, "file_digest"), hasattr(__import__("asyncio"), "TaskGroup"), hasattr(__import__("asyncio"), "timeout"), hasattr(__import__("asyncio"), "Runner"), hasattr(__import__("asyncio"), "Barrier"))
print(hasattr(__import__("contextlib"), "chdir"), hasattr(__import__("re"), "NOFLAG"), hasattr(__import__("string"), "Template"), hasattr(__import__("logging"), "getLevelNamesMapping"), hasattr(__import__("inspect"), "markcoroutinefunction"), hasattr(__import__("inspect"), "get_annotations"))
print(hasattr(__import__("itertools"), "pairwise"), hasattr(__import__("statistics"), "correlation"), hasattr(__import__("statistics"), "fmean"), hasattr(__import__("operator"), "is_none"), hasattr(__import__("os"), "process_cpu_count"), hasattr(__import__("pathlib").Path, "walk"), hasattr(__import__("pathlib").PurePath, "with_segments"))
print(hasattr(__import__("functools"), "Placeholder"), hasattr(__import__("collections").Counter, "total"), hasattr(__import__("zoneinfo"), "ZoneInfo"), hasattr(__import__("random"), "binomialvariate"), hasattr(__import__("types"), "get_original_bases"), hasattr(__import__("uuid"), "uuid7"))
