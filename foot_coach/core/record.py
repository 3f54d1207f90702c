"""Frozen records made cheaply, for the ones start-up makes before the window's first paint.

A record gives what `@dataclass(frozen=True)` gives: construction by position or keyword with
defaults, equality and hash field by field, a readable repr, no change after construction, and
`replace` and `fields` beside it. Type checkers read it as a frozen dataclass. The difference
is the cost of defining one: dataclasses writes and compiles each class's methods as it is
defined, 1-3 ms a class on a busy machine (Exercise's sixteen fields the most), where a record
shares its methods with every other record.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform

R = TypeVar("R")
_FIELDS = "__record_fields__"
_MISSING = object()


class FrozenRecordError(AttributeError):
    """A record's field was set or deleted after it was made."""


@dataclass_transform(frozen_default=True)
def record(cls: type[R]) -> type[R]:
    """Make `cls` a frozen record of the fields it annotates, in their order; a value given
    in the class body is that field's default (an immutable one, as in a frozen dataclass)."""
    names = tuple(inspect.get_annotations(cls))  # strings: nothing is evaluated
    defaults = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
    own = {_FIELDS: names, "__match_args__": names, "__init__": _init(names, defaults)}
    for name, value in (own | _SHARED).items():
        setattr(cls, name, value)
    return cls


def fields(kind: type) -> tuple[str, ...]:
    """The names of a record's fields, in order."""
    names: tuple[str, ...] = getattr(kind, _FIELDS)
    return names


def replace(item: R, /, **changes: Any) -> R:
    """A copy of the record `item` with some fields changed; an unknown name is a TypeError."""
    kept = {name: getattr(item, name) for name in fields(type(item))}
    return type(item)(**(kept | changes))


def values(item: object) -> tuple[Any, ...]:
    return tuple(getattr(item, name) for name in fields(type(item)))


def _init(names: tuple[str, ...], defaults: dict[str, Any]) -> Callable[..., None]:
    def init(self: object, *args: Any, **kwargs: Any) -> None:
        kind = type(self).__qualname__
        if len(args) > len(names):
            raise TypeError(f"{kind}() takes {len(names)} arguments but {len(args)} were given")
        given = dict(zip(names, args, strict=False))
        for name, value in kwargs.items():
            if name not in names or name in given:
                raise TypeError(f"{kind}() got an unexpected or repeated argument {name!r}")
            given[name] = value
        for name in names:
            value = given.get(name, defaults.get(name, _MISSING))
            if value is _MISSING:
                raise TypeError(f"{kind}() missing required argument {name!r}")
            object.__setattr__(self, name, value)

    return init


class _Shared:
    """The methods every record shares, copied into each (records have no common base)."""

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) == values(other)

    def __hash__(self) -> int:
        return hash(values(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in fields(type(self)))
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenRecordError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenRecordError(f"cannot delete field {name!r}")


_SHARED = {name: method for name, method in vars(_Shared).items() if callable(method)}
