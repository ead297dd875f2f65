"""Figures one version writes in another form than the other, each the same fact: a
figure said again as the whole it is all of ("24 heures sur 24", "7 jours sur 7"),
midnight as an hour of zero ("0 Uhr", "в 00:00"), basis points as percentage points
("25 basis points" is "0,25 Prozentpunkte"). Used by xling.rules.check_figures, with the
items it pairs: (value, (group view, span)).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling.units import Span

Placed = tuple[GroupView, Span]
Item = tuple[object, Placed]


def repeated(placed: Placed, side: str, profile: Profile | None) -> bool:
    """True when a figure is the whole of a share whose part is the same figure, which says
    "all of it" ("24 heures sur 24", "7 jours sur 7", "24 h/24", "7j/7" are around the
    clock and every day): the figure is said once."""
    view, (start, _) = placed
    text = (view.a if side == "a" else view.b).text
    share_of = profile.share_of if profile is not None else ""
    return any(m.start(2) == start for m in all_of(share_of).finditer(text))


@cache
def all_of(share_of: str) -> re.Pattern[str]:
    """A figure, its unit, and the same figure again after a slash or a word of a share."""
    joiner = r"[ \u00a0]*/[ \u00a0]*" + (
        rf"|[ \u00a0]+(?:{share_of})[ \u00a0]+" if share_of else ""
    )
    return re.compile(
        rf"(?<![\w.,])(\d+)[^\W\d]*(?:[ \u00a0]+[^\W\d]+){{0,2}}?(?:{joiner})(\1)(?![\w]|[.,]\d)",
        re.IGNORECASE,
    )


def midnight(value: object) -> Decimal | None:
    """Midnight, 24, for an hour of zero on a 24-hour clock ("0 Uhr", "à 0 h", "в 00:00"),
    which the other side names in a word ("midnight", "Mitternacht", "minuit", "полночь":
    Profile.number_like); None for any other value."""
    return Decimal(24) if isinstance(value, Decimal) and value == 0 else None


_BASIS_POINTS = Decimal(100)
"""Basis points in a percentage point: "25 basis points" is "0,25 Prozentpunkte"."""


def pair_basis_points(
    profiles: tuple[Profile | None, Profile | None],
    a_items: list[Item],
    b_items: list[Item],
) -> None:
    """Remove a figure of basis points and the percentage points the other side writes for
    it ("25 basis points" and "0,25 Prozentpunkte", "0,25 процентного пункта"), one for
    one: a unit converted (the unit words of Profile.units that stand for "bp")."""
    for side, items, others, profile in (
        ("a", a_items, b_items, profiles[0]),
        ("b", b_items, a_items, profiles[1]),
    ):
        if profile is None:
            continue
        for item in list(items):
            if not isinstance(item[0], Decimal) or not _in_basis_points(item[1], side, profile):
                continue
            points = item[0] / _BASIS_POINTS
            twin = next((o for o in others if o[0] == points), None)
            if twin is not None:
                items.remove(item)
                others.remove(twin)


def _in_basis_points(placed: Placed, side: str, profile: Profile) -> bool:
    """True when a word for basis points follows the figure."""
    view, (_, end) = placed
    text = (view.a if side == "a" else view.b).text
    following = text[end : end + 40].lower().lstrip(" \u00a0")
    return any(following.startswith(word) for word, kind in profile.units.items() if kind == "bp")
