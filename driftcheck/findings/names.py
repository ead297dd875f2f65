"""Finding names and titles in a side's text; entities.py decides which survived the edit.

A name is a run of capitalised words (see entities.py for the full method and its limits);
a title a known role from lexicon.TITLES.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from driftcheck.findings import furniture
from driftcheck.findings.abbreviations import bracketed_short_form, spelled_in_lower_case
from driftcheck.findings.clauses import opens_clause
from driftcheck.findings.context import Side
from driftcheck.findings.figures import TIMESTAMP, figures
from driftcheck.findings.furniture import credit_line as credit_line  # noqa: PLC0414 (story.py reads it here)
from driftcheck.findings.lexicon import (
    COMMON_ACRONYMS,
    CONNECTORS,
    GENERIC_NAME_WORDS,
    HONORIFICS,
    MONTHS,
    ORGANISATION_WORDS,
    PAGE_FURNITURE_WORDS,
    PEOPLE_WORDS,
    RANKS,
    STOPWORDS,
    TITLE_EQUIVALENTS,
    TITLES,
    WEEKDAYS,
    base_word,
    canonical_words,
    is_demonym,
    is_place,
    without_article,
    word_list,
)
from driftcheck.findings.runs import JOINING, Spans, runs
from driftcheck.patterns import TOKEN
from driftcheck.types import Document

_TITLE = re.compile(
    r"\b(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_CAPITALISED_ONLY = frozenset(
    word_list(
        "general speaker king queen prince princess emperor pope commander secretary director"
        " judge justice admiral colonel"
    )
)
_CALENDAR = frozenset(MONTHS + WEEKDAYS)
_GENERIC_ALONE = GENERIC_NAME_WORDS | frozenset(
    word_list(
        "government county square street road avenue tv union council ministry department"
        " agency office party university college hospital center centre internet web"
    )
)
"""One word alone that names no one: a body's generic word (the Government, the County),
or a common noun some house styles capitalise (the Internet, the Web)."""
_HYPHEN_ADJECTIVE = re.compile(r"-[a-z]+$")
_COMMON_ENDINGS = ("ing", "ly", "ed", "ies", "ion", "ions")
_UNITS = frozenset(word_list("celsius fahrenheit centigrade"))
"""Units named after a person, capitalised in copy ("40 degrees Celsius (104 Fahrenheit)")."""
_SCALE = re.compile(r"[ ]scales?\b")
"""A scale named after a person follows its name ("the Richter scale")."""


@dataclass(frozen=True, slots=True)
class Entity:
    """A name or title in one side's text, with the words used to look for it elsewhere."""

    kind: str
    text: str
    start: int
    end: int
    words: tuple[str, ...]
    dateline: bool = False
    """True for the place of a dateline (where the story was filed, not what it is about)."""
    qualifier: bool = False
    """True for a name standing before a title it qualifies (Belgium's deputy prime minister)."""
    alias_of: Entity | None = None
    """The name this one is given as another name of ("the Islamic State, also known as ISIS
    or ISIL": ISIS and ISIL are the Islamic State's), which keeps it wherever it is kept."""

    @property
    def key(self) -> tuple[str, ...]:
        """What makes two mentions the same entity."""
        return (self.kind, *self.words)


@dataclass(frozen=True, slots=True)
class Capitals:
    """How words are written across both versions: which are names, which are common words."""

    mid_sentence: frozenset[str]
    """Words seen capitalised inside a sentence, not where a clause opens (clauses.py)."""
    lower_case: frozenset[str]
    """Words seen in lower case."""
    spelled_out: frozenset[str] = frozenset()
    """Initialisms spelled out by a lower-case phrase ("fai": "fatal accident inquiry")."""
    codes: frozenset[str] = frozenset()
    """Words of capitals and digits written as one (mh370, f16), in lower case."""


def capitals(*docs: Document) -> Capitals:
    """How words are written in any of the versions (see Capitals)."""
    mid: set[str] = set()
    lower: set[str] = set()
    initialisms: set[str] = set()
    codes: set[str] = set()
    for doc in docs:
        for sentence in doc.sentences:
            for n, match in enumerate(TOKEN.finditer(sentence.text)):
                word = match.group()
                if word[0].islower():
                    lower.add(base_word(word))
                elif n and word[0].isupper() and not opens_clause(sentence.text, match.start()):
                    mid.add(base_word(word))
                if word.isupper() and word.isalpha():
                    initialisms.add(word.lower())
            codes.update(code.lower() for code in _CODE.findall(sentence.text))
    texts = (sentence.text for doc in docs for sentence in doc.sentences)
    spelled = spelled_in_lower_case(texts, initialisms)
    return Capitals(frozenset(mid), frozenset(lower), spelled, frozenset(codes))


_CODE = re.compile(r"\b[A-Z]+\d+\b")
"""Capitals and digits written as one word: a flight, a model, a code (MH370, F16)."""
_NUMBER_AFTER = re.compile(r"[ ](\d+)\b")
"""A number written apart after a word ("MH 370"), which may be that word's code."""


def not_a_name(entity: Entity) -> bool:
    """True for a run of capitals that names no one: demonyms, creeds, compass points and
    honorifics only (British, West African, Muslims, Mrs; see lexicon.is_demonym), the
    words of a sharing widget ("Facebook Share"), a token with digits (PS3), an adjective
    made with a hyphen (Russian-controlled), one letter, an initialism of a thing (DNA,
    CCTV), one organisation or place word alone (Government, County), the language or
    creed of a people (Arabic, Islam), or another name given to the name before it (ISIS of
    "the Islamic State, also known as ISIS"), whose finding that name carries."""
    if entity.kind != "name":
        return False
    if entity.alias_of is not None or any(w in PAGE_FURNITURE_WORDS for w in entity.words):
        return True  # (an alias is reported by the name it is given to)
    if _HYPHEN_ADJECTIVE.search(entity.text):
        return True  # Russian-controlled, Isis-linked, Saudi-led
    if any(char.isdigit() for char in entity.text) or len(entity.text.strip(".")) == 1:
        return True  # PS3, Pukguksong-2, "PS300"; one letter ("U.S ." cut into "U" and "S")
    if len(entity.words) == 1 and entity.words[0] in _GENERIC_ALONE | COMMON_ACRONYMS:
        return True  # "the Government", "the County", "DNA", "CCTV" alone name no one
    written = TOKEN.findall(entity.text.lower())
    return (
        (len(written) == 1 and _of_a_people(written[0]))  # Arabic, Islam, Catholicism
        or all(is_demonym(word) for word in entity.words)
        or all(map(is_demonym, written))
    )


def _of_a_people(word: str) -> bool:
    """True for the language or creed made from a word for a people (lexicon.PEOPLE_WORDS):
    with -ic (Arabic of Arab), -ism (Catholicism of Catholic), or what its -ist names
    (Islam of Islamist, Buddhism of Buddhist)."""
    stems = [word, *(word[: -len(end)] for end in ("ic", "ism") if word.endswith(end))]
    return any(stem != word and stem in PEOPLE_WORDS for stem in stems) or any(
        stem + "ist" in PEOPLE_WORDS for stem in stems
    )


def one_word_of(entity: Entity) -> bool:
    """True for a name of one word joined by "of" to the name after it (Duchess of Cambridge,
    McCain of Arizona), not by an organisation or place word (House of Lords): both parts
    name it, so neither alone keeps it."""
    head, of, _ = entity.text.partition(" of ")
    return bool(of) and " " not in head and base_word(head) not in JOINING


def titles(side: Side, *, strict: bool = True) -> list[Entity]:
    """Titles and roles in one side's text; with `strict`, ambiguous ones only when capitalised."""
    found = []
    for match in _TITLE.finditer(side.text):
        text = match.group()
        if strict and text.lower() in _CAPITALISED_ONLY and not text[0].isupper():
            continue
        canonical = TITLE_EQUIVALENTS.get(text.lower(), text.lower())
        found.append(Entity("title", text, *match.span(), (canonical,)))
    return found


def names(side: Side, known: Capitals) -> list[Entity]:
    """Names of people, organisations and places in one side's text."""
    title_spans = Spans([(t.start, t.end) for t in titles(side, strict=False)])
    stamps = [m.span() for m in TIMESTAMP.finditer(side.text)]
    figure_spans = Spans([(f.start, f.end) for f in figures(side)] + stamps)
    quoted_titles = Spans(furniture.quoted_titles(side.text))
    found: list[Entity] = []
    for n, sentence_start in enumerate(side.starts):
        start = sentence_start
        end = side.starts[n + 1] - 1 if n + 1 < len(side.starts) else len(side.text)
        dateline = furniture.DATELINE.match(side.text, start, end)
        if dateline is not None and side.sentences[n] < furniture.DATELINE_REACH:
            place = side.text[dateline.start(1) : dateline.end(1)]  # GRAND RAPIDS, Mich. --
            words = tuple(canonical_words(place))
            found.append(Entity("name", place, *dateline.span(1), words, dateline=True))
            start = dateline.end(1)
        credit = furniture.credit_line(side.text[sentence_start:end])
        if furniture.headline_case(side.text[sentence_start:end]) and not credit:
            continue
        tokens = list(TOKEN.finditer(side.text, start, end))
        widget = furniture.widget(tokens)
        for run in runs(side.text, tokens, title_spans, Spans(stamps)):
            if run[0].start() >= widget:
                break
            if base_word(run[0].group()) in furniture.CREDIT_WORDS and (
                credit or furniture.CREDITED.match(side.text, run[0].end())
            ):
                continue  # "Editing" of "Editing by": the job, not a name
            qualifies = title_spans.starts_at(run[-1].end() + 1)
            in_figure = figure_spans.covers(run[0].start()) or furniture.time_zone(side.text, run)
            skip = (qualifies and not _names_holder(run)) or in_figure
            skip = skip or quoted_titles.covers(run[0].start())
            skip = skip or bracketed_short_form(side.text, run, sentence_start)
            entity = None if skip else _entity(side.text, run, sentence_start, known)
            if entity is not None:
                alias = _alias_of(side.text, entity, found[-1] if found else None)
                found.append(replace(entity, qualifier=qualifies, alias_of=alias))
    return found


_KNOWN_AS = re.compile(r",[ ]+(?:also[ ]+)?(?:known|called)[ ]+as[ ]+(?:the[ ]+)?")
"""What gives a name another name right after it, set off by a comma: ", also known as",
", known as" (not "the region below the Sahara known as the Sahel", which names the
region)."""
_OR_ALSO = re.compile(r",?[ ]+or[ ]+(?:the[ ]+)?")


def _alias_of(text: str, entity: Entity, before: Entity | None) -> Entity | None:
    """The name `entity` is given as another name of: the name right before ", also known
    as" (the Islamic State, also known as ISIS), or before that alias and "or" (... or ISIL)."""
    if before is None or before.kind != "name":
        return None
    gap = text[before.end : entity.start]
    if _KNOWN_AS.fullmatch(gap):
        return before.alias_of or before
    if before.alias_of is not None and _OR_ALSO.fullmatch(gap):
        return before.alias_of
    return None


def _names_holder(run: list[re.Match[str]]) -> bool:
    """True when capitalised words before a title name who holds it, not what the role is:
    an owner (Belgium's deputy prime minister), a place (Kenya President) or an organisation
    (an Interior Ministry spokesman); not "Treasury" of "Treasury Secretary"."""
    words = [base_word(t.group()) for t in run]
    return (
        run[-1].group().endswith(("'s", "’s"))
        or any(w in ORGANISATION_WORDS for w in words)
        or any(is_place(w) for w in canonical_words(" ".join(t.group() for t in run)))
    )


def _entity(
    text: str, run: list[re.Match[str]], sentence_start: int, known: Capitals
) -> Entity | None:
    """The name a run of capitalised words stands for, if any (see the module docstring)."""
    first = base_word(run[0].group())
    initial = not any(char.isalnum() for char in text[sentence_start : run[0].start()])
    initial = initial or opens_clause(text, run[0].start(), sentence_start)
    opening = run[0]
    if initial and (first in STOPWORDS or first in known.lower_case):
        run = run[1:]
    while run and (base_word(run[0].group()) in STOPWORDS | CONNECTORS):
        run = run[1:]
    while run and (base_word(run[-1].group()) in STOPWORDS | CONNECTORS):
        run = run[:-1]
    while len(run) > 1 and base_word(run[0].group()) in RANKS:
        run = run[1:]  # Chief Newsham is Newsham, as Mr Newsham is
    if not run or base_word(run[-1].group()) == "day":
        return None  # a day of the calendar (Valentine's Day, Independence Day): a date
    if len(run) == 1 and _names_nothing(text, run[0], initial, run[0] is opening, known):
        return None
    start, end = run[0].start(), run[-1].end()
    written = re.sub(r"['’]s$", "", text[start:end])
    dropped = STOPWORDS | CONNECTORS | HONORIFICS
    words = tuple(without_article(w) for w in canonical_words(written) if w not in dropped)
    return Entity("name", written, start, start + len(written), words) if words else None


def _names_nothing(
    text: str, token: re.Match[str], initial: bool, opening: bool, known: Capitals
) -> bool:
    """True for one capitalised word that names nothing: a weekday or month, a unit or
    scale named after a person ("104 Fahrenheit", "the Richter scale"), a word opening a
    sentence or clause with no evidence of a name (`_name_like`) or with a common ending
    (Insisting, Obviously, Questions), an initialism of a lower-case phrase (the FAI of a
    "fatal accident inquiry") or letters written apart from their code ("MH 370" where the
    story also writes "MH370")."""
    word = base_word(token.group())
    alone_initial = initial and (opening or word.endswith(_COMMON_ENDINGS))
    if word in _CALENDAR or word in _UNITS or _SCALE.match(text, token.end()):
        return True
    if alone_initial and (word.endswith(_COMMON_ENDINGS) or not _name_like(text, token, known)):
        return True
    if token.group().isupper() and word in known.spelled_out:
        return True
    number = _NUMBER_AFTER.match(text, token.end())
    return number is not None and word + number.group(1) in known.codes


def _name_like(text: str, token: re.Match[str], known: Capitals) -> bool:
    """A word alone opening a sentence or clause is a name if either version writes it
    capitalised mid-sentence, or if it is an acronym that is no label: a word in capitals
    right before a colon at a line's start labels what follows ("VIDEO: Police on
    lockdown", "UPDATE:"), unless the story names it elsewhere (a transcript's speaker)."""
    word = token.group()
    if base_word(word) in known.mid_sentence:
        return True
    return word.isupper() and len(word) > 1 and not text.startswith(":", token.end())
