"""Names and titles: people, organisations, places and roles must survive the edit.

No trustworthy named-entity model is available offline, so this is a documented set of
rules, tuned to miss rather than to cry wolf:

- A name is a run of capitalised words (Kassym-Jomart Tokayev, Asian Development Bank),
  possibly joined by "of"/"for" after an organisation word (Group of Seven, Bank of
  England; an agreement word counts as one: Treaty of Versailles), by "on" after a body or
  an agreement and by "the" after these joining words (the Treaty on the Prohibition of
  Nuclear Weapons, inside which any "of" joins), by "of" after one capitalised word
  (Duchess of Cambridge, Horn of Africa; but Michael Bristow of Philadelphia is a person
  and a place) or by name particles (de, van, bin); a word behind an Arabic article
  (al-Kasasbeh) is a name word, the same with or without its article. A possessive is taken
  off (China's -> China), except before a place or day word (Valentine's Day, King's
  College Hospital). The first word of a sentence counts only when it is no function word,
  is not seen in lower case in either version, and (when it stands alone) is seen
  capitalised elsewhere, or is a known place form; the same holds for a word opening a
  clause (after a colon, an opening quotation mark, a dash, a bracket, a question or
  exclamation mark, or a full stop the segmenter left inside the sentence: "The gain:
  Enjoy", "--- Information from", "(AP) -- Tens of thousands"), or after a full date
  opening a timeline entry or caption ("17 Sept 2015 - Detectives"). Headline-case and
  all-caps lines, sharing widgets ("Share on Facebook Share via Email") and words quoted in
  title case (a slogan or a work's title: ''We Won't Be A Colony'') are skipped; a dateline
  opening the story ("GRAND FORKS, N.D. (AP) --") names its place, in capitals by
  convention. Courtesy titles and post-nominals (Mr, Ms, QC) are no part of the name: Mr
  Alwan is Alwan; nor is a rank before it (Chief Newsham is Newsham); a courtesy title
  opens a new name ("Yorkshire Mr Scott" is two). One letter is no name; nor is a word in
  capitals before a colon opening a sentence (a label: "VIDEO:"), an initialism of a phrase
  either version writes in lower case (the FAI of a "fatal accident inquiry"), letters
  written apart from the number the story also writes them with (MH 370, MH370), the
  language or creed of a people (Arabic, Islam), or a unit or scale named after a person
  (104 Fahrenheit, the Richter scale). A name run ends where a publication timestamp starts
  (a byline's "Ann Rowe Fri 18 Aug 2017"). A name given as another name of the one right
  before it ("the Islamic State, also known as ISIS or ISIL") is that one in another form:
  never reported itself, and kept wherever it is. Weekdays, months, days named with Day
  (Valentine's Day) and currency abbreviations (Rs) are parts of figures (figures.py), not
  names; neither is a name directly before a title (the "Treasury" of "Treasury Secretary",
  "Kyrgyzstan's" of "Kyrgyzstan's President"), which qualifies the title.
- A title is a known role (President, Prime Minister, chief economist, spokeswoman),
  capitalised or not; a few words that are often not titles (general, speaker, judge)
  count only when capitalised.
- An entity is kept when the other side's text still has it anywhere in the group, in
  any case, a demonym standing for its place (Kazakh/Kazakhstan, Chinese/China,
  Kyrgyz/Kyrgyzstan's; see lexicon.stems), a near spelling for a name (Tokayev/Tokaev,
  Xian/Xi'an), a hyphenated name written apart or with its hyphen broken at a line's end
  (Dyfed-Powys / Dyfed Powys, Rees-Mogg / Rees- Mogg), an acronym for its initials (WHO;
  PWSA for the Pittsburgh Water and Sewer Authority; DOJ for the Justice Department;
  Emanuel AME for Emanuel African Methodist Episcopal; a short form that spells it, Isis
  for Islamic State, PMQs: abbreviations.py): for an organisation,
  every word but the ones a short reference drops (the Treasury for the Treasury
  Department, Michigan State for Michigan State University) and its
  place, unless the other side names another place (the Chinese / Russian Foreign
  Ministry); for a person or place of several words, the last word (Putin for Vladimir
  Putin, Asia for Central Asia) or the first when the other side uses it alone, or alone
  after a courtesy title, rank or title (Xi, Mr Xi, President Xi for Xi Jinping); for
  a one-word name, that word; for a title, the title or an equivalent
  (premier / prime minister, CEO / chief executive).
- One not kept is entity.changed when the short edit (five words or fewer a side) that
  removed it brings a new entity of the same kind (name or title), else entity.dropped;
  a new one in B alone is entity.added. Judged over the whole story, a title dropped
  alone is info: a role names no one (the person it qualified is judged as a name).

Limits: lower-case names (e.g. "imperial china") and names in all-caps lines are not
seen; a sentence-initial name seen nowhere else is ignored; two people sharing a
surname, a first name changed under a kept surname, and names a letter or two added or
left out (Tokayev / Tokaev, Zelensky / Zelenskyy) count as the same; a replaced letter
(Castellano / Costellano) makes another name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from types import MappingProxyType

from driftcheck.findings.abbreviations import (
    department_initials,
    joined_initials,
    long_forms,
    short_forms,
    spelled_by,
)
from driftcheck.findings.characters import mixed_scripts
from driftcheck.findings.context import GroupView, Side
from driftcheck.findings.lexicon import (
    GENERIC_NAME_WORDS,
    HONORIFICS,
    RANKS,
    SHORTENED_ORGANISATION_WORDS,
    TITLES,
    base_word,
    canonical_words,
    is_place,
    named_by_verb,
    related,
    stem_set,
    stems,
    without_article,
)
from driftcheck.findings.moved_clauses import moved_clause
from driftcheck.findings.names import (
    Capitals,
    Entity,
    names,
    not_a_name,
    one_word_of,
    titles,
)
from driftcheck.findings.runs import BODIES
from driftcheck.patterns import TOKEN
from driftcheck.types import Document, Finding, Severity

_SHORT_EDIT = 5
_SHORTENED = SHORTENED_ORGANISATION_WORDS
_CAPITALS_JOINED = re.compile(r"(?<![\w-])(?=([A-Z]\w*)(?:-\s?|\s)([A-Z]\w*)(?![\w-]))")
"""Two capitalised words, apart or hyphenated, found overlapping (lookahead)."""
_NEAR_SPELLING = 0.85
_NEAR_SPELLING_LENGTH = 5
_LENGTH_SLACK = 4
"""Two spellings at least _NEAR_SPELLING alike differ in length by less than this."""


def kept(entity: Entity, other: OtherSide) -> bool:
    """Whether the other side still has the entity somewhere in the group (see module doc)."""
    if entity.kind == "title":
        return entity.words[0] in other.titles
    if _as_alias_or_initials(entity, other):
        return True
    spelled = _spelled_out(entity.text)  # Emanuel AME for Emanuel African Methodist Episcopal
    if (len(spelled) > 2 and spelled in other.initials) or spelled_by(
        entity.text, other.long_forms, other.short_forms
    ):
        return True  # (and Isis for Islamic State: abbreviations.py)
    words = entity.words
    places = [w for w in words if is_place(w)]
    if any(w in BODIES for w in words):
        core = [w for w in words if w not in _SHORTENED | GENERIC_NAME_WORDS and w not in places]
        core = core or [w for w in words if w not in places] or list(words)
        places_kept = all(other.has(w) for w in places) or not other.new_places
        return places_kept and all(other.has(w) for w in core)
    distinctive = [w for w in words if w not in GENERIC_NAME_WORDS]
    if len(words) == 1 or not distinctive or one_word_of(entity):
        return all(other.has(w) for w in words)  # (McCain of Arizona: not kept by Arizona)
    return other.has(words[-1]) or related(words[0], other.single_names)


def _as_alias_or_initials(entity: Entity, other: OtherSide) -> bool:
    """True when the other side keeps the name an alias is given to (ISIL of "the Islamic
    State, also known as ISIS or ISIL"), or has the name's acronym or initials (WHO)."""
    if entity.alias_of is not None and kept(entity.alias_of, other):
        return True
    return (
        _acronym(entity.text) in other.acronyms
        or not department_initials(entity.text).isdisjoint(other.acronyms)
        or (entity.text.isupper() and entity.text.replace(".", "") in other.initials)
    )


@dataclass(frozen=True, slots=True)
class OtherSide:
    """What the other side of a group offers for keeping an entity."""

    pool: frozenset[str]
    names: frozenset[str]
    """Its capitalised words, for spellings of one name (Tokayev, Tokaev)."""
    single_names: frozenset[str]
    """Stems of its one-word names (Xi), which keep a longer name starting so (Xi Jinping)."""
    by_start: Mapping[tuple[str, int], tuple[str, ...]]
    """`names` by first letter and length: a near spelling shares both, give or take."""
    titles: set[str]
    initials: set[str]
    acronyms: set[str]
    new_places: bool
    """True when the other side names a place this side does not (a place was replaced)."""
    long_forms: Mapping[str, tuple[tuple[str, ...], ...]]
    """Its runs of capitalised words by initials, which a short form may spell."""
    short_forms: Mapping[str, tuple[str, ...]]
    """Its short forms (Isis, PMQs) by their starts, which may spell a name of this side."""
    joined: frozenset[str] = frozenset()
    """Its pairs of adjacent capitalised words, lower case and run together (dyfedpowys for
    "Dyfed Powys", "Dyfed-Powys" or a hyphen broken at a line's end, "Rees- Mogg")."""

    def has(self, word: str) -> bool:
        """True when the word, a form of it, the name it makes a verb of (Tasered for
        Taser, and the reverse), or (for a name) a near spelling occurs."""
        verb = named_by_verb(word)
        if "-" in word and word.replace("-", "") in self.joined:
            return True  # Dyfed-Powys, kept by "Dyfed Powys" or "Dyfed- Powys"
        if related(word, self.pool) or (verb is not None and related(verb, self.pool)):
            return True
        if len(word) < _NEAR_SPELLING_LENGTH:
            return False
        return any(
            _near_spelling(name, word)
            for length in range(len(word) - _LENGTH_SLACK, len(word) + _LENGTH_SLACK + 1)
            for name in self.by_start.get((word[0], length), ())
        )


def _near_spelling(name: str, word: str) -> bool:
    """Another spelling of one name (Tokayev/Tokaev): letters added or left out, none replaced.

    A replaced letter makes another name (Castellano/Costellano), and a word mixing
    scripts is never the same as its look-alike.
    """
    if name[0] != word[0] or mixed_scripts(name) or mixed_scripts(word):
        return False
    matcher = SequenceMatcher(None, name, word)
    replaced = any(tag == "replace" for tag, *_ in matcher.get_opcodes())
    return not replaced and matcher.ratio() >= _NEAR_SPELLING


def other_side(side: Side, this_side: Side, found: list[Entity]) -> OtherSide:
    """The other side's words, titles, acronyms and whether it brings a place of its own."""
    words = canonical_words(side.text)
    tokens = TOKEN.findall(side.text)
    words += [base_word(token) for token in tokens]  # Europe in European Union
    words += [base_word(part) for t in tokens if "-" in t for part in _capitalised_parts(t)]
    words += [bare for w in words if (bare := without_article(w)) != w]  # al-Osaj: Osaj
    this_pool = stem_set(canonical_words(this_side.text))
    names = [e for e in found if e.kind == "name"]
    capitalised = " ".join(t for t in TOKEN.findall(side.text) if t[0].isupper())
    spelled = frozenset(canonical_words(capitalised))
    by_start: dict[tuple[str, int], list[str]] = {}
    for name in sorted(spelled):
        by_start.setdefault((name[0], len(name)), []).append(name)
    return OtherSide(
        pool=stem_set(words + [v for w in words if (v := named_by_verb(w)) is not None]),
        names=spelled,
        by_start=MappingProxyType({key: tuple(group) for key, group in by_start.items()}),
        single_names=stem_set(canonical_words(" ".join(_lone_capitalised(side.text)))),
        titles={t.words[0] for t in titles(side, strict=False)},
        initials=_initials(names) | joined_initials(side.text),
        acronyms={t for t in TOKEN.findall(side.text.replace(".", "")) if _is_acronym(t)},
        new_places=any(is_place(w) and not related(w, this_pool) for w in words),
        long_forms=long_forms(side.text),
        short_forms=short_forms(side.text),
        joined=frozenset((a + b).lower() for a, b in _CAPITALS_JOINED.findall(side.text)),
    )


def _capitalised_parts(token: str) -> list[str]:
    """The parts of a hyphenated name whose parts are all capitalised (Dyfed, Powys of
    Dyfed-Powys; none of Al-Jazeera-style "al-" forms or of "Anti-war")."""
    parts = token.split("-")
    return parts if all(part[:1].isupper() for part in parts) else []


def _lone_capitalised(text: str) -> list[str]:
    """Capitalised words standing alone, not inside a longer name: Xi in "Xi hosted", and
    after a courtesy title, a rank or a title, which make one word a name of its own
    ("Mr Xi", "President Xi", "Chief Newsham": the surname a later mention uses alone)."""
    tokens = list(TOKEN.finditer(text))
    lone = []
    for n, token in enumerate(tokens):
        word = token.group()
        before = tokens[n - 1] if n else None
        after = tokens[n + 1] if n + 1 < len(tokens) else None
        joined_before = (
            before
            and text[before.end() : token.start()] == " "
            and before.group()[0].isupper()
            and base_word(before.group()) not in _ADDRESS
        )
        joined_after = (
            after and text[token.end() : after.start()] == " " and after.group()[0].isupper()
        )
        if word[0].isupper() and not joined_before and not joined_after:
            lone.append(word)
    return lone


_ADDRESS = HONORIFICS | RANKS | frozenset(t for t in TITLES if " " not in t)
"""Words before a surname that leave it a name used alone (Mr, Chief, President)."""


def _acronym(text: str) -> str:
    """The initials of a name's capitalised words: World Health Organization -> WHO."""
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'’\-]*", text))


def _spelled_out(text: str) -> str:
    """The initials a name stands for with its acronyms spelled out: Emanuel AME -> EAME."""
    words = re.findall(r"[A-Z][\w'’\-]*", text)
    return "".join(w if _is_acronym(w) else w[0] for w in words)


def _is_acronym(token: str) -> bool:
    """True for a word in capitals of two letters or more (WHO, ADB)."""
    return len(token) >= 2 and token.isupper() and token.isalpha()


def _initials(entities: list[Entity]) -> set[str]:
    """The acronyms the names could have (Asian Development Bank -> ADB; the Justice
    Department -> DOJ: abbreviations.department_initials)."""
    return (
        {"".join(w[0] for w in re.findall(r"[A-Z][\w'’\-]*", e.text)) for e in entities}
        | {"".join(w[0].upper() for w in e.words) for e in entities}
        | {form for e in entities for form in department_initials(e.text)}
    )


def check_entities(
    view: GroupView,
    known: Capitals,
    docs: tuple[Document, Document] | None = None,
    story: tuple[OtherSide, OtherSide] | None = None,
) -> list[Finding]:
    """entity.changed / entity.dropped / entity.added for one group.

    With both `docs` (A, B), a name whose clause moved to another sentence of the other
    version is neither dropped nor added: it moved with its clause. With `story` (what
    the whole of A, and of B, offers for keeping a name), a name B still has anywhere is
    not dropped and one A had anywhere is not added, and demonyms, creeds and honorifics
    (British, Muslims, Mrs: names.not_a_name) are neither, though still entity.changed;
    a title B adds (minister) is no new name.
    """
    a_found = titles(view.a) + names(view.a, known)
    b_found = titles(view.b) + names(view.b, known)
    in_b = other_side(view.b, view.a, b_found)
    in_a = other_side(view.a, view.b, a_found)
    dropped = _unique(e for e in a_found if not kept(e, in_b))
    new = _unique(e for e in b_found if not kept(e, in_a))
    found: list[Finding] = []
    if docs is not None:
        a_doc, b_doc = docs
        dropped = [e for e in dropped if not moved_clause(view.a.text, e, b_doc, view.group.b)]
        new = [e for e in new if not moved_clause(view.b.text, e, a_doc, view.group.a)]
    if story is not None:
        whole_a, whole_b = story
        dropped = [e for e in dropped if not kept(e, whole_b)]
        new = [e for e in new if not kept(e, whole_a)]
    for entity in dropped:
        replacement = _replacement(view, entity, new)
        if replacement is None and story is not None and not_a_name(entity):
            continue
        if replacement is None:
            message = f'entity dropped: "{entity.text}"'
            lost = view.finding("entity.dropped", message, a=(entity.start, entity.end))
            if story is not None and entity.kind == "title":
                lost = replace(lost, severity=Severity.INFO)  # a role, not who held it
            found.append(lost)
        else:
            new.remove(replacement)
            message = f'entity changed: "{entity.text}" -> "{replacement.text}"'
            a, b = (entity.start, entity.end), (replacement.start, replacement.end)
            found.append(view.finding("entity.changed", message, a=a, b=b))
    for entity in new:
        if story is not None and (not_a_name(entity) or entity.kind == "title"):
            continue
        message = f'entity added: "{entity.text}"'
        found.append(view.finding("entity.added", message, b=(entity.start, entity.end)))
    return found


def _unique(entities: Iterable[Entity]) -> list[Entity]:
    """The first mention of each entity; later mentions of the same place or name are dropped."""
    seen: list[Entity] = []
    for entity in entities:
        pool = {stem for e in seen if e.kind == entity.kind for w in e.words for stem in stems(w)}
        if not all(related(w, frozenset(pool)) for w in entity.words):
            seen.append(entity)
    return seen


def _replacement(view: GroupView, entity: Entity, new: list[Entity]) -> Entity | None:
    """The new entity of the same kind that a short edit removing `entity` put in its place."""
    for edit in view.edits_touching(entity.start, entity.end):
        a_words = len(TOKEN.findall(view.a.text, *edit.a))
        b_words = len(TOKEN.findall(view.b.text, *edit.b))
        if max(a_words, b_words) > _SHORT_EDIT:
            continue
        for candidate in new:
            inside = candidate.start < edit.b[1] and edit.b[0] < candidate.end
            if candidate.kind == entity.kind and inside:
                return candidate
    return None
