"""What a version says, read with its language's profile: dates, number words, clauses,
hedged clauses, attribution, roles and names, quotes (negated clauses: `negated_clauses`).
Each fact keeps its place in the text."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import calendar_words, worded

Span = tuple[int, int]

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:«»„“”\"()]|\s[-–—]\s|[.!?](?=\s|$)")
"""Where clauses end; a comma between digits is inside a figure (23,000; 2,5), no break."""
_SENTENCE_END = re.compile(r"[.!?]")
_TITLES = r"Mr|Mrs|Ms|Dr|Dra|Sr|Sra|Srta|M|MM|Mme|Mlle|Me|Pr|Prof|Hr|Fr"
"""Titles abbreviated before a name ("M. Ostrum", "Sra. Ruiz", "Dr. Graumann")."""
_TITLE_STOP = re.compile(rf"(?<![\w.])(?:[A-Z]|{_TITLES})\.(?=\s+[A-ZÀ-ÖØ-ÞА-ЯЁ])")
"""A title abbreviated (or an initial) before a capitalised word: no stop ends a clause there."""
_TITLE = re.compile(_TITLES)
_FIGURE_AFTER = re.compile(r"\W*(?:\w+\W+){0,2}?\d")


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a text, where it is, and whether a sentence starts with it."""

    text: str
    start: int
    end: int
    initial: bool

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


_BEFORE_INITIAL = frozenset(" «»„“”\"'‘’([-–—")
"""What may stand between a sentence end (or the text's start) and its first word."""


def words(text: str, starts: tuple[int, ...] = (0,)) -> list[Word]:
    """The words of a text; a word at a sentence start (or after an opening quote) is initial,
    not one after a title abbreviated ("M. Ostrum")."""
    found = []
    opening = set(starts)
    titles = {m.end() - 1 for m in _TITLE_STOP.finditer(text)}
    for match in _WORD.finditer(text):
        at = match.start()  # back over spaces, opening quotes and dashes (not a text copy)
        while at and text[at - 1] in _BEFORE_INITIAL:
            at -= 1
        stop = at and text[at - 1] in ".!?:" and at - 1 not in titles
        initial = not at or bool(stop) or match.start() in opening
        found.append(Word(match.group(), match.start(), match.end(), initial))
    return found


def dates(text: str, profile: Profile) -> list[tuple[tuple[str, int], Span]]:
    """Weekdays and months named in a text: (("weekday", 0), span) is a Monday."""
    found = []
    other = [m.span() for m in profile.not_dates_re.finditer(text)] if profile.not_dates else []
    found_words = words(text)
    for n, word in enumerate(found_words):
        if any(start <= word.start < end for start, end in other):
            continue
        named = _first_name(found_words, n, text) and not profile.capitalised_dates
        for part, start in _hyphen_parts(word):  # "mid-August", "mi-août"
            # "freitags" (on Fridays) is lower case
            adverb = calendar_words.weekday_adverb(part, profile)
            if named or (
                profile.capitalised_dates != part[:1].isupper() and not (word.initial or adverb)
            ):
                continue  # "may" is not May in English; "Марта" mid-sentence is a name in Russian
            token = re.sub(r"['’]s$", "", part.lower())  # Friday's
            function_word = token in profile.stopwords  # "среди" (among) is no inflected "среда"
            by_day = calendar_words.beside_a_day(text, start, start + len(part))
            # a number word's stop may end its sentence ("sept jours sur sept."): no month
            stop = text[start + len(part) : start + len(part) + 1] == "."
            dotted = by_day or (stop and token not in profile.number_words)
            for form, kind, number, prefix in calendar_words.calendar(profile):
                if not (dotted or prefix) and (form, kind) in calendar_words.abbreviations(profile):
                    continue  # "mar" without its stop is the sea
                plural = kind == "weekday" and token == form + "s"  # Fridays, freitags: each
                if (
                    token == form
                    or plural
                    or (not function_word and calendar_words.matches(token, form, prefix, profile))
                ):
                    night = kind == "weekday" and calendar_words.NIGHT_BEFORE.search(text, 0, start)
                    day = (number - 1) % 7 if night else number  # the night to Thursday is
                    found.append(((kind, day), (start, start + len(part))))  # Wednesday night
                    break
            else:
                month = calendar_words.shortened_month(token, profile) if by_day else None
                if month is not None:  # "15 sep": the start of one month's name, by its day
                    found.append((("month", month), (start, start + len(part))))
    return found


def _first_name(found: list[Word], n: int, text: str) -> bool:
    """True when a capitalised word is followed, after a space, by another capitalised word
    that starts no sentence: a first name ("Марта Лизель", "Abril Ortega")."""
    if n + 1 >= len(found) or not found[n].capitalised:
        return False
    after = found[n + 1]
    return after.capitalised and not after.initial and text[found[n].end : after.start] == " "


def _hyphen_parts(word: Word) -> list[tuple[str, int]]:
    """The word, or the parts of a hyphenated one, with where each starts; an elided
    article or preposition before an apostrophe is no part ("d'août" is "août")."""
    text, position = word.text, word.start
    elided = re.match(r"[^\W\d_]{1,3}['’](?=[^\W\d_]{3})", text)
    if elided:
        text, position = text[elided.end() :], position + elided.end()
    if "-" not in text:
        return [(text, position)]
    parts = []
    for part in text.split("-"):
        parts.append((part, position))
        position += len(part) + 1
    return parts


def abbreviated_title(word: str) -> bool:
    """True for a title abbreviated before a name: "M" of "M. Ostrum", "Sra" of "Sra. Ruiz"."""
    return _TITLE.fullmatch(word) is not None


def clauses(text: str) -> Iterator[Span]:
    """The clauses of a text: stretches between commas, quotation marks, dashes and stops; the
    stop of a title or an initial before a name ("a déclaré M. Odegaard", "Sr. Ruiz") ends
    none."""
    start = 0
    titles = {m.end() - 1 for m in _TITLE_STOP.finditer(text)}
    for match in _CLAUSE_BREAK.finditer(text):
        if match.start() in titles:
            continue
        if match.start() > start:
            yield (start, match.start())
        start = match.end()
    if start < len(text):
        yield (start, len(text))


def clause_of(text: str, span: Span) -> Span:
    """The clause (see `clauses`) that holds the start of `span`."""
    return next(((s, e) for s, e in clauses(text) if s <= span[0] < e), span)


def hedged(text: str, profile: Profile) -> list[Span]:
    """The clauses with a hedge in them (a word, or a construction of hearsay in a main
    clause: see Profile.hearsay)."""
    found = []
    for start, end in clauses(text):
        match = profile.hedge_re.search(text[start:end]) or _hearsay(text, start, end, profile)
        if match:
            found.append((start + match.start(), start + match.end()))
    return found


def _hearsay(text: str, start: int, end: int, profile: Profile) -> re.Match[str] | None:
    """A construction of hearsay in the clause, where no "que" or "si" before it in its
    sentence makes it reported speech or a hypothesis, nor an unreal condition after it in
    its sentence (Profile.unreal_condition) the consequence of one ("habrían sobrevivido si
    la ambulancia hubiera llegado antes": would have survived if)."""
    if not profile.hearsay:
        return None
    match = profile.hearsay_re.search(text[start:end])
    if match is None:
        return None
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    closing = next((m.start() for m in _SENTENCE_END.finditer(text, start + match.end())), None)
    before = text[opening : start + match.start()]
    after = text[start + match.end() : closing]
    if profile.hearsay_after_re.search(before) or (
        profile.unreal_condition and profile.unreal_condition_re.search(after)
    ):
        return None
    return match


def softly_hedged(text: str, profile: Profile) -> list[Span]:
    """The clauses with a hedge or a word that may hedge (would, a conditional)."""
    found = []
    for start, end in clauses(text):
        clause = text[start:end]
        match = profile.hedge_re.search(clause) or next(iter(_soft_hedges(clause, profile)), None)
        if match:
            found.append((start + match.start(), start + match.end()))
    return found


def _soft_hedges(text: str, profile: Profile) -> list[re.Match[str]]:
    """The words that may hedge, an approximator ("about", "rund") only before a figure."""
    return [
        match
        for match in profile.soft_hedge_re.finditer(text)
        if not (
            profile.approximators
            and profile.approximators_re.fullmatch(match.group())
            and not before_figure(text, match.end(), profile)
        )
    ]


def before_figure(text: str, at: int, profile: Profile) -> bool:
    """True when a figure (digits or a number word) follows within two words."""
    following = text[at : at + 40]
    if _FIGURE_AFTER.match(following):
        return True
    nearby = " ".join(following.split()[:3])
    return any(max(figure.readings) > 1 for figure in worded.figures(nearby, profile))


def hedge_words(text: str, profile: Profile, *, figures: bool = True) -> int:
    """How many hedges and words that may hedge the text has (not clauses: "reportedly
    offered about 7.1 billion" has two); with `figures` False, an approximator ("about",
    "rund") is left out: it hedges a figure, so it renders only another approximator."""
    return len(hedge_spans(text, profile, figures=figures))


def hedge_spans(text: str, profile: Profile, *, figures: bool = True) -> list[Span]:
    """Where the hedges and words that may hedge of `hedge_words` are."""
    spans = [m.span() for m in profile.hedge_re.finditer(text)]
    spans += [
        m.span()
        for m in _soft_hedges(text, profile)
        if figures or not (profile.approximators and profile.approximators_re.fullmatch(m.group()))
    ]
    kept: list[Span] = []
    for start, end in sorted(spans):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def attributed(text: str, profile: Profile) -> list[Span]:
    """Where the text attributes a statement (said, sagte, selon, según, по словам)."""
    return [match.span() for match in profile.attribution_re.finditer(text)]


_ELIDED = re.compile(r"^\w{1,2}['’]")
"""An elided article or preposition before a word (l'entreprise, d'un)."""


def unelided(word: str) -> str:
    """The word without an elided article or preposition before it ("l'entreprise" ->
    "entreprise")."""
    return _ELIDED.sub("", word)


_GERMAN_ENDINGS = re.compile(r"(?:innen|in|en|ern|er|es|e|n|s)?$")
"""Endings a German noun takes after its head: a head is matched at the end of a compound."""


def _lookup(
    text: str, table: Mapping[str, str], profile: Profile, *, heads: bool = False
) -> set[str]:
    """The canonical values of the table's words (or stems, or phrases) found in the text.

    With `heads`, in a language that writes compounds as one word (German), a key matches
    the last part of a compound only ("Oberstaatsanwalt" is a prosecutor, not a colonel).
    """
    lowered = text.lower()
    found = set()
    bare = [unelided(word.text) for word in words(lowered)]
    for key, value in table.items():
        if " " in key or "-" in key:
            if key in lowered:
                found.add(value)
            continue
        for word in bare:
            if heads and profile.capitalised_nouns:
                head = _GERMAN_ENDINGS.sub("", word)
                match = word == key or head.endswith(key) or word.endswith(key)
            else:
                match = word == key or (profile.stems and word.startswith(key))
            if match:
                found.add(value)
                break
    return found


def roles(text: str, profile: Profile) -> set[str]:
    """Canonical roles named in the text (spokesman, minister, judge)."""
    return _lookup(text, profile.roles, profile, heads=True)


def sources(text: str, profile: Profile) -> set[str]:
    """Canonical institutions named in the text (police, company, union).

    In a language that writes compounds as one word (German), a compound whose last part is
    an institution is that one ("Museumsverband" is an association, "Kulturministerium" a
    ministry), whatever its first part names; other compounds are read by their start, the
    body a person of it speaks for ("Polizeisprecher": the police)."""
    if not profile.capitalised_nouns:
        return _lookup(text, profile.sources, profile)
    found: set[str] = set()
    for word in words(text):
        head = _source_head(word.text.lower(), profile)
        found |= {head} if head else _lookup(word.text, profile.sources, profile)
    phrases = {key: value for key, value in profile.sources.items() if " " in key or "-" in key}
    return found | _lookup(text, phrases, profile)


_PEOPLE_SOURCES = frozenset({"insiders", "witnesses", "investigators", "engineer", "analyst"})
"""Values of sources that are people, not a body: no compound's last part names one
("Fahrzeugen" ends in "zeugen" and holds no witnesses, "Landkreise" no insiders)."""


def _source_head(lowered: str, profile: Profile) -> str:
    """The institution a compound's last part names ("-ministerium", "-verband"), the
    longest that ends it; "" where none does or the word is one of them whole."""
    heads = [
        key
        for key, value in profile.sources.items()
        if " " not in key
        and len(key) >= 4
        and value not in _PEOPLE_SOURCES
        and lowered.endswith(key)
        and lowered != key
    ]
    return profile.sources[max(heads, key=len)] if heads else ""


def speaker_sources(text: str, profile: Profile) -> set[str]:
    """Canonical parts of a body that speak for it named in the text (the management, the
    town hall, the statistics office: Profile.speaker_sources)."""
    return _lookup(text, profile.speaker_sources, profile)


def quotes(text: str, profile: Profile) -> list[Span]:
    """The spans of quoted words (inside the marks), by the language's marks and common ones.

    A quote of several sentences is cut by the sentence split: with double marks that
    tell an opening from a closing one (« », „ “), a sentence that opens a quote and does
    not close it is quoted to its end (or to the reporter's words after a dash), and one
    that closes a quote it did not open is quoted from its start («Мы не бастовали. Нас
    выставили за ворота, — заявила она. | — Никто здесь не хочет ... не согласимся»).
    """
    found: list[Span] = []
    position = 0
    openers = dict(profile.quotes)
    closers = {c for o, c in profile.quotes if o != c and c in _DOUBLE}
    while position < len(text):
        char = text[position]
        closing = openers.get(char)
        end = -1 if closing is None else _closed_at(text, position, closing)
        if closing is not None and end >= 0:
            if end - position > 1:
                found += _interrupted(text, position + 1, end)
            position = end + 1
        elif char in closers and not found and not any(o in text[:position] for o in openers):
            start = len(text[:position]) - len(text[:position].lstrip(_LEAD))
            if position - start > 1:
                found += _interrupted(text, start, position)
            position += 1
        elif closing is not None:
            if char in _DOUBLE and char not in closers:
                reporter = _reporter(text, position + 1, profile)
                stop = reporter if reporter >= 0 else len(text.rstrip())
                if stop - position > 2:
                    found += _interrupted(text, position + 1, stop)
            break
        else:
            position += 1
    return found + [
        span
        for span in _dialogue(text, profile)
        if not any(_overlaps(span, other) for other in found)
    ]


def _overlaps(one: Span, other: Span) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def _dialogue(text: str, profile: Profile) -> list[Span]:
    """Quotes set as dialogue, without marks: a sentence opened by a dash and closed by the
    reporter's dash ("— Мосту ничто не грозит, — сказал он.", "— No lo sabemos, — dijo.")."""
    found: list[Span] = []
    for opening in _DIALOGUE.finditer(text):
        stop = _reporter(text, opening.end(), profile)
        if stop - opening.end() > 2 and not _ENDS.search(text, opening.end(), stop):
            found += _interrupted(text, opening.end(), stop)
    return found


_DIALOGUE = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=\n))[ \u00a0]*[—–][ \u00a0]+(?=\w)", re.MULTILINE)
"""A dash opening a sentence or a line: a quote set as dialogue starts after it."""

_ENDS = re.compile(r"\n")
"""A dialogue quote ends in its paragraph."""


def _closed_at(text: str, position: int, closing: str) -> int:
    """Where the quote opened at `position` closes: at its closing mark, or at the first
    double mark that may close it in copy that mixes its marks (see _MIXED_CLOSERS); -1
    when none follows."""
    ends = [
        text.find(mark, position + 1) for mark in (closing, *_MIXED_CLOSERS.get(text[position], ""))
    ]
    end = min((end for end in ends if end >= 0), default=-1)
    if end < 0 and text[position] in _UNCLOSED_CLOSERS:
        ends = [text.find(mark, position + 1) for mark in _UNCLOSED_CLOSERS[text[position]]]
        end = min((end for end in ends if end >= 0), default=-1)
    return end


_MIXED_CLOSERS = {"„": '“”"', "“": '”"', '"': "”“"}
"""Closing marks of a double quote besides the language's own: copy typed on a keyboard or
scraped from the web often closes a quote opened with „ or “ with a straight " or the
other curly mark („Wir werden niemals verhandeln", "...”). The first that follows closes
it; a straight opening mark may also be closed by „'s own closing “ ("Kein Patient“)."""

_UNCLOSED_CLOSERS = {"«": '"”', "»": '"“'}
"""Marks that close a guillemet quote only where its own closing guillemet never follows:
web copy sometimes ends «... with a straight mark («No podemos esperar más", dijo), but a
quote in guillemets holds quotes of its own in those marks, so they close it only then."""

_DOUBLE = "«»„“”"
"""Double quotation marks; single ones (‘ ’ ‚) are also apostrophes and commas."""

_LEAD = " \u00a0—–-"
"""What may stand before a quote's continuation: a dash, as Russian and French dialogue write."""

_REPORTER = re.compile(r"(?<=[,.!?…])[ \u00a0]+[—–-][ \u00a0]+")
"""The dash after which the reporter's words follow a quote that goes on after them (a
hyphen between spaces is the dash of copy typed on a keyboard: ", - сказала она. -")."""


def _reporter(text: str, start: int, profile: Profile) -> int:
    """Where the reporter's words after a quote's dash start (at the spaces before the
    dash), -1 where none follow. A hyphen between spaces is a dash too, in copy typed on a
    keyboard, but one that also stands for the dash of "X - это Y" (X is Y) inside a quote:
    after a hyphen the words are the reporter's only where they report ("- сказала она")."""
    for match in _REPORTER.finditer(text, start):
        if "-" not in match.group():
            return match.start()
        words = text[match.end() :]
        if profile.attribution and profile.attribution_re.search(words):
            return match.start()
    return -1


_INTERRUPTION = re.compile(
    r"(?<=[,.!?…])[ \u00a0]+[—–-][ \u00a0]+[^—–«»„“”\"]{3,120}?[ \u00a0]+[—–-][ \u00a0]+"
)
"""The reporter's words inside a quote, between dashes, as Russian writes an attribution
that interrupts a quote: «Закон не позволяет этого, — говорится в решении. — Жители ...»
(or between spaced hyphens, the dashes of typed copy)."""


def _interrupted(text: str, start: int, end: int) -> list[Span]:
    """The quote from start to end, as two quotes where the reporter interrupts it."""
    match = _INTERRUPTION.search(text, start, end)
    if match is None:
        return [(start, end)]
    return [(start, match.start()), *_interrupted(text, match.end(), end)]
