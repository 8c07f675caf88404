"""Strict conversion between JSON values and the protocol's frozen dataclasses.

Every field is checked against its annotation: ``str``, ``int``, ``float``, ``bool``, ``StrEnum``
subclasses, ``Literal`` values, ``X | None``, ``list[X]``, ``dict[str, X]`` and nested protocol
dataclasses. Unknown fields, missing required fields and wrong types raise ``ProtocolError`` with
``ErrorCode.BAD_MESSAGE``, and so do strings holding a lone UTF-16 surrogate. Strings are bounded
by ``MAX_STRING`` characters unless a field's metadata says otherwise
(``field(metadata={"max_len": N})``). A field may also be read under one other name
(``field(metadata={"alias": "sdpMid"})``: a browser's spelling); giving both names is refused, and
``to_json`` writes only the field's own name.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Hashable
from enum import StrEnum
from functools import cache
from typing import Any, Literal, TypeVar, Union, cast, get_args, get_origin

from app.core.errors import ErrorCode, ProtocolError

MAX_STRING = 256
MAX_LIST = 256


@cache
def _hints(cls: Hashable) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def is_text(value: str) -> bool:
    """Whether ``value`` is real Unicode text: JSON's ``\\ud800`` escapes can smuggle in a lone
    surrogate, which no UTF-8 encoder (the database's, the log's) accepts."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _fail(path: str, why: str) -> ProtocolError:
    return ProtocolError(ErrorCode.BAD_MESSAGE, f"{path}: {why}")


T = TypeVar("T")


def from_json(cls: type[T], data: object, path: str = "", *, ignore_unknown: bool = False) -> T:
    """Build ``cls`` from a decoded JSON object, validating every field.

    ``ignore_unknown``: skip fields ``cls`` does not know (at every depth) instead of refusing them,
    and read an enum value ``cls`` does not know as the enum's ``UNKNOWN`` member where it has one.
    Clients read the service's messages this way, so the service may add optional fields within v1
    (docs/protocol.md, Versioning); the service reads what clients send strictly.
    """
    if not isinstance(data, dict):
        raise _fail(path or cls.__name__, "expected an object")
    hints = _hints(cast(Hashable, cls))
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}  # type: ignore[arg-type]
    aliases = {f.metadata["alias"]: name for name, f in fields.items() if "alias" in f.metadata}
    if aliases:
        data = _unalias(data, aliases, path or cls.__name__)
    unknown = set(data) - set(fields)
    if unknown and not ignore_unknown:
        raise _fail(path or cls.__name__, f"unknown field {sorted(unknown)[0]!r}")
    kwargs: dict[str, Any] = {}
    for name, f in fields.items():
        if name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise _fail(f"{path}{name}", "missing")
            continue
        max_len = int(f.metadata.get("max_len", MAX_STRING))
        kwargs[name] = _convert(hints[name], data[name], f"{path}{name}", max_len, ignore_unknown)
    return cls(**kwargs)


def _unalias(data: dict[Any, Any], aliases: dict[str, str], path: str) -> dict[Any, Any]:
    """``data`` with each alias renamed to its field; both names at once is refused."""
    renamed = dict(data)
    for alias, name in aliases.items():
        if alias in renamed:
            if name in renamed:
                raise _fail(path, f"both {alias!r} and {name!r}")
            renamed[name] = renamed.pop(alias)
    return renamed


def _convert(tp: Any, value: object, path: str, max_len: int, ignore_unknown: bool = False) -> Any:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = get_args(tp)
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"unsupported union at {path}")
        return _convert(inner[0], value, path, max_len, ignore_unknown)
    if origin is Literal:
        if value not in get_args(tp):
            raise _fail(path, f"must be one of {list(get_args(tp))}")
        return value
    if origin is list:
        if not isinstance(value, list):
            raise _fail(path, "expected a list")
        if len(value) > MAX_LIST:
            raise _fail(path, "list too long")
        (item,) = get_args(tp)
        return [_convert(item, v, f"{path}[{i}]", max_len, ignore_unknown) for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise _fail(path, "expected an object")
        key_tp, val_tp = get_args(tp)
        if len(value) > MAX_LIST:
            raise _fail(path, "object too large")
        return {
            _convert(key_tp, k, f"{path}.key", MAX_STRING): _convert(
                val_tp, v, f"{path}.{k}", max_len, ignore_unknown
            )
            for k, v in value.items()
        }
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return from_json(tp, value, f"{path}.", ignore_unknown=ignore_unknown)
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        if not isinstance(value, str):
            raise _fail(path, "expected a string")
        try:
            return tp(value)
        except ValueError:
            if ignore_unknown and "UNKNOWN" in tp.__members__:  # a newer peer's value: read on
                return tp.__members__["UNKNOWN"]
            raise _fail(path, f"must be one of {[m.value for m in tp]}") from None
    if tp is bool:
        if not isinstance(value, bool):
            raise _fail(path, "expected true or false")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(path, "expected an integer")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _fail(path, "expected a number")
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise _fail(path, "expected a string")
        if len(value) > max_len:
            raise _fail(path, "string too long")
        if not is_text(value):
            raise _fail(path, "not valid Unicode text")
        return value
    raise TypeError(f"unsupported annotation {tp!r} at {path}")


def to_json(obj: object) -> Any:
    """Turn a protocol dataclass (or a value inside one) into plain JSON values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.init}
    if isinstance(obj, StrEnum):
        return obj.value
    if isinstance(obj, list | tuple):
        return [to_json(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_json(v) for k, v in obj.items()}
    return obj
