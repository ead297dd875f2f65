"""Language profiles: every word list and pattern the cross-language rules read, per language.

A profile says how one language writes what the rules look for: negations, hedges,
attribution, titles and the sources a statement is attributed to, weekdays and months
(their names come from CLDR through Babel, inflected forms are added here), number
words, scale words, units, currencies, quotation marks and stop words. Rules that need a
profile are skipped for a language without one, and the report says so
(see `skipped_rules`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

__all__ = ["PROFILE_RULES", "Profile", "profile_for", "skipped_rules", "supported"]


@dataclass(frozen=True, slots=True)
class Profile:
    """How one language writes the things the cross-language rules compare.

    Patterns are regular-expression alternations, matched case-insensitively on word
    boundaries. Maps go from a word (or a word's stem, see `stems`) to a canonical value
    shared by every profile: a role ("spokesman"), a source ("police"), an ISO currency.
    """

    code: str
    negation: str
    """Words that negate a clause (not, nie, pas, no, не); one clause counts once."""
    not_negation: str
    """Clauses matching this are not negated though they hold a negation word (ne ... que)."""
    hedge: str
    """Expressions that make a statement less certain (reportedly, soll, aurait, al parecer)."""
    soft_hedge: str
    """Words that may hedge or not (would, werde, a French conditional): never reported
    themselves, they keep a hedge of the other side from being reported as dropped or added."""
    attribution: str
    """Verbs and phrases that attribute a statement to a speaker (said, sagte, selon, según)."""
    roles: Mapping[str, str]
    """Title or role word (or stem) -> canonical role."""
    sources: Mapping[str, str]
    """Institution word (or stem) a statement may be attributed to -> canonical source."""
    number_words: Mapping[str, int]
    """Cardinal number words (or stems) from two upwards; "one" is left out (it is an
    article too), ordinals and other words with a number in them are `number_like`."""
    scales: Mapping[str, int]
    """Scale words -> power of ten (billion 9, Milliarde 9, mil millones 9, млрд 9)."""
    units: Mapping[str, str]
    """Unit words (or stems) -> canonical unit (per cent, metre, tonne...); listed, not yet
    compared: a figure is compared by value alone."""
    currencies: Mapping[str, str]
    """Currency names (or stems) -> ISO code; listed, not yet compared (as units)."""
    quotes: tuple[tuple[str, str], ...]
    """Quotation marks as (opening, closing) pairs, the language's own first."""
    stopwords: frozenset[str]
    """Function words: never a name, even when capitalised at a sentence start."""
    weekday_forms: tuple[tuple[str, ...], ...] = ()
    """Inflected weekday forms Babel does not give, Monday first (в среду, в пятницу)."""
    month_forms: tuple[tuple[str, ...], ...] = ()
    """Inflected month forms Babel does not give, January first (в марте, в мае)."""
    calendar_stem_rest: str = ""
    """What may follow a form of `weekday_forms` or `month_forms` in a longer word: an
    ending or a suffix, not the rest of another root ("мая" is in "майский", not in
    "маяк" or "маятник"); empty where any letters may follow."""
    not_dates: str = ""
    """Phrases in which a weekday or month word means something else ("окружающей среды":
    of the environment, not of Wednesday)."""
    capitalised_dates: bool = False
    """True when weekdays and months are written with a capital (en, de): "may" is not May."""
    capitalised_nouns: bool = False
    """True when every noun has a capital (de): two capitalised words are not a person's name."""
    stems: bool = False
    """True when words inflect at the end (de, ru): a word matches a longer form of itself."""
    script: str = "latin"
    """The script the language is written in: a name written in another script is
    transliterated by sound, so it is matched more loosely (see xling.spelling.same_name)."""
    negation_partner: str = ""
    """Words that complete a negation word (French ne ... pas): taken out with it when the
    rules ask the embedder what a clause means without its negation."""
    negation_continued: str = ""
    """Words that carry a negation on into the next clause (nor, ni, ни): a clause with one,
    after a negated clause of the same sentence, is that negation, not another."""
    relative: str = ""
    """Words that open a relative clause (die, который, qui, que, which): one set off by
    commas counts as one negated clause with the clause of its noun (see
    xling.negated_clauses.negated)."""
    negation_closes: bool = False
    """True when a negation may follow the verb it negates and close its clause (de:
    "bestritt die Zahlen nicht"); elsewhere a negation after a word negates the verb that
    follows it ("cette interdiction ne nous laisse aucune solution")."""
    approximators: str = ""
    """Words that may hedge only a figure (about, rund, environ, unos, около): "some
    families" hedges nothing, "some 300 families" does."""
    softeners: str = ""
    """Words a speaker uses to say less than a flat statement (try, hope, rather, partly,
    rarely, one of): in a quote, one that the other version's quote lacks softened it."""
    intensifiers: str = ""
    """Words that make a statement absolute (at all, for ever, completely, inevitable): in a
    quote, one that the other version's quote lacks strengthened it."""
    full_degrees: str = ""
    """Words that say a thing to the full (perfectly, exactly, never) and which a translator
    renders with an intensifier ("perfectly valid returns" -> "völlig korrekte Erklärungen",
    "exactly the same" -> "абсолютно тот же", "should never have" -> "вообще не должна
    была"): one of the original's that the translation does not say with a word of its
    own list counts with the original's intensifiers (see xling.quote_words)."""
    extremes: str = ""
    """Evaluative words at the top of their scale (a disaster, outraged, a crime, blackmail,
    reckless): in a quote, one that the other version's quote lacks strengthened it..."""
    mild: str = ""
    """... and words at the bottom of the same scales (disappointed, a setback, hasty,
    undesirable): one in a quote whose original had an extreme word softened it."""
    obligations: str = ""
    """Modal words of a duty or a ban, the top of a scale of obligation (must, may not, have
    to, cannot)..."""
    advice: str = ""
    """... whose bottom is advice (should, ought to): a quote whose original had a duty or a
    ban and that gives advice instead was softened..."""
    wishes: str = ""
    """... or a wish (want, would like, wollen, vouloir, querer, хотеть): a duty or an
    impossibility become what the speaker would like ("they cannot do it again" -> "sie
    wollen es nicht", they do not want to)."""
    uniques: str = ""
    """Words that make a thing the top of its kind or the only one (the most, the biggest,
    the only, einzige, le plus, el más, самый)..."""
    sole: str = ""
    """Words that make a thing the only one of its kind (our only concern, einzige, seul,
    único, единственный; only, nur, seulement, solo, только): a quote whose original says
    one and whose translation says none made it one of several ("our only concern" ->
    "unsere größte Sorge", our greatest concern)."""
    one_of: str = ""
    """... and the words that make it one of several (one of, einer der, l'un des, uno de
    los, один из): a quote whose original had the first and that says the second was
    softened ("the most serious outbreak" -> "one of the more serious outbreaks")."""
    conjunctions: str = ""
    """Words that join two clauses (and, but): A's quote is probed for a cut at each."""
    function_words: frozenset[str] = frozenset()
    """Function words the stop words leave out (auxiliaries, modals, pronoun forms: ist,
    est, fue, мне): with the stop words, not content words when a quote's length is weighed."""
    wholes: str = ""
    """Words of a quantity that takes in all or none (all, whole, every, nobody, a single)..."""
    parts: str = ""
    """... and of one that takes in some (some, a few, part of): a quote whose original had
    the first and that says the second instead was softened ("evacuate whole streets" ->
    "clear a few houses")."""
    speaker_sources: Mapping[str, str] = field(default_factory=dict)
    """Words (or stems) for a part of a body that speaks for it -> a canonical source (the
    statistics office, the emergency service, the town hall, the management): read only
    where a statement's speaker is (see xling.speakers), as they also name other things."""
    source_markers: str = ""
    """Reporting phrases whose source follows them as a complement (according to, laut, nach
    Angaben, selon, d'après, según, по словам, по данным): the speaker is after the phrase,
    where a reporting verb's is its subject (see xling.speakers)."""
    speaker_verbs: str = ""
    """Verbs that give a statement to a source without saying it (estimated, calculó,
    estiment, bestritt, a raconté, lamentó, оценил): read only where a statement's speaker
    is (xling.speakers, xling.names), as the window rules of xling.sources would read a
    source into every estimate."""
    indefinite: str = ""
    """Indefinite articles of the singular (a, ein, un, una): a speaker that opens with one is
    someone the reader has not met ("a déclaré un porte-parole"), never a person the story
    names (see xling.unnamed_speakers)."""
    evidence: str = ""
    """Nouns for what a source published (estimates, figures, data, a survey, a report:
    Schätzung, chiffres, estimaciones, расчётам): after a reporting phrase, the source is
    the one who made it ("according to early estimates by the agency")."""
    agent: str = ""
    reported_speech: str = ""
    """Verb forms of a mood that says a statement is someone's (the German Konjunktiv I:
    "das Unternehmen werde anbieten"): a sentence in it still reports, whoever it names."""
    """The preposition of a participle's agent (by, par, por, von): "according to figures
    published on Friday by the institute" gives the institute as the source."""

    affirmatives: Mapping[str, str] = field(default_factory=dict)
    """Negation words (lower case) and the affirmative word that stands in their place when
    the negation is taken out (nobody -> somebody, cannot -> can, kein -> ein): the clause
    without its negation still reads as a sentence, which the embedder compares as one
    (see xling.meaning); a word not listed is left out."""

    polarity: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """Pairs of opposite words per canonical class, (negative, positive) alternations, the
    kind a bilingual dictionary gives: deny / admit, rule out, fail / manage, never /
    always, nobody / several, not yet / already. A clause whose class word has the
    opposite polarity on the other side says the opposite (see xling.polarity)."""

    hedge_kinds: Mapping[str, str] = field(default_factory=dict)
    """Words of a kind that hedges, per canonical kind shared by every profile, in any form
    and whether they hedge or not (can: could, may, können, pouvoir, poder, мочь; expect:
    expected, plans, prévoit, ожидается; estimate; risk; likely): a word of the
    translation that may hedge renders a word of its own kind of the original's sentence
    first (see xling.hedge_kinds). A word in no kind renders any."""

    certainty: str = ""
    """Adverbs that state a thing as certain (surely, zweifellos, à coup sûr, sin duda,
    несомненно): a word that may hedge in their clause (a "would", a conditional) hedges
    nothing ("soumettrait à coup sûr" = "would surely subject"), so it renders no hedge."""

    evidential: str = ""
    """Words that say a statement rests on what others report (reportedly, allegedly,
    angeblich, Berichten zufolge, selon des informations, al parecer, как сообщается,
    якобы): a hedge of hearsay, which only another word of hearsay, a construction of
    hearsay or a source renders (see xling.hedge_hearsay)."""

    hearsay: str = ""
    """Verb forms that hedge as a construction in a main clause: the French and Spanish
    reporting conditional ("le contrat s'élèverait à", "habrían acordado": reportedly), the
    German "soll ... haben" (allegedly). After a word of `hearsay_after` (que, si) the same
    form is reported speech or a hypothesis ("a dit qu'il ferait"), not a hedge."""
    hearsay_after: str = ""
    """Words after which a `hearsay` form in the same sentence hedges nothing (que, si)."""
    reflexive: str = ""
    """A reflexive pronoun right before a reporting verb, which makes it another verb: "se
    declaró insolvente" (declared itself insolvent), "se dice" (it is said): no speaker."""
    indirect_question: str = ""
    """A verb of saying or knowing and the question word after it ("declined to say what",
    "did not know whether"): a hedge after one in its clause is in a question, and
    qualifies no statement ("what motive the men might have had")."""
    permission: str = ""
    """Phrases of permission that another language writes with a modal which also hedges
    (free to, allowed to = dürfen): they keep an added modal ("Krankenhäuser dürften ...
    festlegen" for "were free to set"), not an outright hedge ("probablemente")."""
    condition: str = ""
    """Words that open a condition (if, wenn, si, если): a hedge after one in its clause is
    part of the hypothesis, no statement hedged ("if it could recruit enough staff" = "si
    elle parvient à recruter")."""
    purpose: str = ""
    """Words that open a clause of purpose (so that, damit, pour que, para que, чтобы): a
    modal after one in its clause says what the purpose needs, no statement hedged ("so that
    it could file a claim" = "para poder presentar", "чтобы подать")."""
    unreal_condition: str = ""
    """A condition that is unreal, by the tense of its verb (fr "si" + imparfait, es "si" +
    past subjunctive: "si la ambulancia hubiera llegado antes"): a conditional before it
    in its sentence is the hypothesis's ("habrían sobrevivido": would have survived), no
    hearsay; after "si" + present the conditional still reports ("envisagerait de
    transférer ses avions si le couvre-feu est maintenu": reportedly plans)."""
    reporting_conditional: str = ""
    """The conditional's forms, where the mood also reports what others say (fr, es: "son
    ministère préparerait une loi" is "her ministry is reportedly drafting a law"): one
    may render both a "reportedly" and a "would" of its sentence."""
    reported_future: str = ""
    """The forms of "will" of reported speech (de: "sagte, die Gewerkschaft werde streiken"):
    words that may hedge only as a "would" does; they render no "could", "may" or "expected
    to" (see xling.hedges). Not "würde", which also stands in for a subjunctive ("nicht
    sicher, ob er durchhalten würde": not sure he could hold out)."""

    reported_mood: str = ""
    """Forms that are the future of reported speech only after a verb of saying earlier in
    their sentence (de "würde": "teilte mit, mehrere weitere würden umstellen" = would
    switch, as "werde"; elsewhere it is also the subjunctive of a hypothesis or a doubt):
    there they count as `reported_future`, except in a condition or question
    (`condition`, `indirect_question`) their clause opens."""

    speech_future: str = ""
    """The future of reported speech after a verb of saying in the same clause (en "would":
    "he said the repair would cost"; fr, es the conditional: "a précisé que son équipe
    contrôlerait"): a "would", no hedge, which the other language may write as a plain
    future (see xling.hedges)."""
    speech_that: str = ""
    """The word that must open what was said for a `speech_future` to follow (fr, es "que"):
    a conditional after a relative "que" still reports ("un projet que le ministère serait
    en train d'étudier"); English may leave its "that" out."""

    complement: str = ""
    """The word that opens a clause of what is said, thought or expected (that, dass, que,
    что): a verb of expectation before two of them joined by a conjunction ("Se prevé que
    las obras comiencen en septiembre y que la producción llegue en 2029") renders a hedge
    for each (see xling.hedge_kinds.repeated)."""

    time_limit: str = ""
    """Words that open a time limit (until, bis, avant que, hasta que, пока, лишь после): a
    negation before one says "only after" ("not allowed until" = "erst dann erlaubt"), so
    it does not turn a polarity word round."""

    time_bound: str = ""
    """Words that bound a negation in time (until, before, bis, vor, avant, hasta, antes,
    до, раньше): "cannot be appealed before March 1" says "only from March 1"..."""
    only_then: str = ""
    """... which a translator writes without a negation, with a word of "only then" (erst,
    лишь, только, ne ... qu'à, solo, not before): see xling.renderings."""

    folded_negation: str = ""
    """Words with a negation folded into a prefix (unsafe, unsure, unpaid), which another
    language writes as a negation and a word ("pas sûr", "sin saber", "не уверен"): where
    the other side has such a word, a negation of its own renders it (xling.renderings)."""
    negative_prefix: str = ""
    """Words that may fold a negation into a prefix but as often negate nothing (Russian
    "недопустимо" = not acceptable, "неискренен" = not honest, but "неотложный" = urgent):
    evidence that the other side keeps a negation, weighed with the embedder (xling.carried),
    never a rendering on its own."""

    without: str = ""
    """The preposition that negates the verb after it (without, ohne, sans, sin): "sans
    toutefois exclure" does not rule out, as "did not exclude" does not (xling.polarity)."""

    contrast: str = ""
    """Words that set one thing against another (instead of, rather than, statt, au lieu
    de, en lugar de, вместо), and the negations that do it ("а не", "et non", "und nicht"):
    "from the government instead of from commuters" = "у правительства, а не у тех"."""

    body_words: frozenset[str] = frozenset()
    """Words for a kind of body that end its capitalised name, besides those of `sources`
    (a list, a forum, a trust, a campaign): the words before them are a name of words
    of the language, which a translator translates (Green List = Grüne Liste, Liste
    verte; Liberal Forum = Foro Liberal), not a person's name (see xling.people)."""
    number_like: Mapping[str, int] = field(default_factory=dict)
    """Words (or stems) that carry a number but are no figure of their own: ordinals
    (first, zweit, troisième, втор), noon, a couple. They stand for a
    figure of the other side and never compose with the number words around them."""
    count_nouns: Mapping[str, int] = field(default_factory=dict)
    """Nouns (or stems) for a count of things (decade 10, dozen 12, Jahrzehnt, douzaine,
    década, десятилети): a number before one multiplies it ("two decades" is "vingt ans");
    alone ("a dozen") a word like those of `number_like`."""
    approximate: Mapping[str, int] = field(default_factory=dict)
    """Words (or stems) for an indefinite number of tens, hundreds or thousands (dozens
    of, Dutzende, des dizaines, decenas, десятки: 10): a figure, compared with the other
    side's approximate figure ("dozens" is "des dizaines", not "des centaines")."""
    number_endings: frozenset[str] = frozenset()
    """Where words inflect (de, ru): the endings a number word may take past the stem the
    profile lists (fünf-en, пят-ью); any other letters make it no number word
    ("стоимость" is no 100, "Zweifel" no 2) unless they join a compound (compound_joint)."""
    ordinal_endings: frozenset[str] = frozenset()
    """... and the endings that make a number word an ordinal (zehn-te, пят-ый): a word
    like those of `number_like`."""
    compound_joint: str = ""
    """Where words inflect: how a compound with a number word at its front looks at the
    joint, read on the stem's last letter and the rest of the word (zehn|jährig,
    пят|илетний, двух|летний); such a word closes the number it ends."""
    number_joiner: str = ""
    """The word that joins the parts of a number (vingt et un, treinta y cinco, three
    hundred and six), inside one word too where words inflect (fünfundzwanzig)."""
    and_a_half: str = ""
    """Words that add a half to the number before them (and a half, einhalb, et demi, y
    medio, с половиной) ..."""
    one_and_a_half: str = ""
    """... and the words for one and a half (anderthalb, полтора): see xling.worded."""
    half_of: str = ""
    """Words for half of what follows, before a scale word ("half a million", "eine halbe
    Million", "un demi-million", "medio millón", "полмиллиона"): see xling.worded."""
    fractions: Mapping[str, int] = field(default_factory=dict)
    """Words (or stems) for a part of a whole -> how many parts make it (half 2, Drittel 3,
    quart 4, tercera parte 3, четверть 4): "drei Viertel" is 75 per cent (see xling.worded)."""
    share_of: str = ""
    """Words between two figures that make the first a share of the second ("six in 10",
    "sechs von zehn", "six sur dix", "seis de cada diez", "шесть из десяти"): the per cent a
    translator may write instead ("60 %"; see xling.rules)."""
    share_one: str = ""
    """Words for one as the part of a share, which the number words leave out as an
    article ("one in five", "un sur cinq", "uno de cada cinco", "один из пяти")."""
    durations: tuple[tuple[str, str, int], ...] = ()
    """Words for a span of time, each with its kind and its length in the smallest unit of
    that kind: a week is ("day", 7), a year ("month", 12), an hour ("minute", 60), half of
    one ("minute", 30); a translator states "18 months" as "anderthalb Jahre", "half an
    hour" as "30 Minuten" (see xling.durations)."""
    rates: tuple[tuple[str, str], ...] = ()
    """Words that make a figure an amount per span of time, each with the span ("a week",
    "pro Monat", "par an", "al día", "в сутки", "daily"): the period is part of the
    figure's unit, "180,000 euros a week" is not "180.000 Euro pro Monat" (see
    xling.rates)."""
    weeks_in_days: Mapping[str, int] = field(default_factory=dict)
    """A week or two counted in days with the day it starts on, in words ("huit jours" is a
    week, "quinze jours", "quince días" a fortnight) -> the days it is (see
    xling.durations)."""
    days: str = ""
    """Words for a day, which is 24 hours: "a one-day strike" is "une grève de 24 heures";
    and for all of one ("around the clock", "rund um die Uhr", "круглосуточно"), which a
    translator writes as its hours ("24 heures sur 24", "las 24 horas")."""
    week_runs: tuple[tuple[str, int, int], ...] = ()
    """Words for a run of weekdays, each with its first and last day (0 is Monday): "on
    weekdays" is Monday to Friday ("de lunes a viernes"), "the weekend" Saturday and
    Sunday ("samedi et dimanche"); see xling.rules.check_dates."""
    afternoon: str = ""
    """Words after an hour that put it after noon on a 12-hour clock, as English p.m. does
    (9 вечера, las dos de la tarde, 9 heures du soir, 9 Uhr abends): see findings.across."""

    @property
    def and_a_half_re(self) -> re.Pattern[str]:
        return _compiled(self.and_a_half)

    @property
    def one_and_a_half_re(self) -> re.Pattern[str]:
        return _compiled(self.one_and_a_half)

    name_links: str = ""
    """The words that join the words of an institution's name (of, and; de, del, y; de, du,
    des, et): "la Autoridad de Derechos del Consumidor" is one name, "the Institute in
    Brill" a name and a place."""
    articles: str = ""
    """Definite articles: a capitalised run right after one names a thing, not a person
    ("the Kelbrook Observatory", "the Skellmoor Herald"; see xling.people)."""
    name_endings: tuple[str, ...] = ()
    """Endings the language inflects any name with, a person's too: a genitive, a plural, a
    case (Abenows, Марески, Фуэнтесом, Ковальского); the stem before one is the name (see
    xling.spelling.stems)..."""
    place_endings: tuple[str, ...] = ()
    """... and the endings of the adjective or the people of a place, of a plural, that a
    translator writes on the stem of a place's or a body's name, never on a person's
    (Marovians = Marowier, marowisch; Transport = Transportes; Korstadt = Корштадтской)."""
    word_endings: tuple[str, ...] = ()
    """Inflections of a word of the language (a plural, a participle: inform-ed, consent-s):
    a name made of such words is translated as words (see xling.translated_names)."""

    @property
    def evidential_re(self) -> re.Pattern[str]:
        return _compiled(self.evidential)

    @property
    def hearsay_re(self) -> re.Pattern[str]:
        return _compiled(self.hearsay)

    @property
    def hearsay_after_re(self) -> re.Pattern[str]:
        return _compiled(self.hearsay_after)

    @property
    def name_links_re(self) -> re.Pattern[str]:
        return _compiled(self.name_links)

    @property
    def reflexive_re(self) -> re.Pattern[str]:
        return _compiled(self.reflexive)

    @property
    def indirect_question_re(self) -> re.Pattern[str]:
        return _compiled(self.indirect_question)

    @property
    def permission_re(self) -> re.Pattern[str]:
        return _compiled(self.permission)

    @property
    def condition_re(self) -> re.Pattern[str]:
        return _compiled(self.condition)

    @property
    def purpose_re(self) -> re.Pattern[str]:
        return _compiled(self.purpose)

    @property
    def unreal_condition_re(self) -> re.Pattern[str]:
        return _compiled(self.unreal_condition)

    @property
    def reporting_conditional_re(self) -> re.Pattern[str]:
        return _compiled(self.reporting_conditional)

    @property
    def reported_future_re(self) -> re.Pattern[str]:
        return _compiled(self.reported_future)

    @property
    def certainty_re(self) -> re.Pattern[str]:
        return _compiled(self.certainty)

    @property
    def reported_mood_re(self) -> re.Pattern[str]:
        return _compiled(self.reported_mood)

    @property
    def speech_future_re(self) -> re.Pattern[str]:
        return _compiled(self.speech_future)

    @property
    def time_limit_re(self) -> re.Pattern[str]:
        return _compiled(self.time_limit)

    @property
    def time_bound_re(self) -> re.Pattern[str]:
        return _compiled(self.time_bound)

    @property
    def only_then_re(self) -> re.Pattern[str]:
        return _compiled(self.only_then)

    @property
    def without_re(self) -> re.Pattern[str]:
        return _compiled(self.without)

    @property
    def contrast_re(self) -> re.Pattern[str]:
        return _compiled(self.contrast)

    @property
    def folded_negation_re(self) -> re.Pattern[str]:
        return _compiled(self.folded_negation)

    @property
    def negative_prefix_re(self) -> re.Pattern[str]:
        return _compiled(self.negative_prefix)

    def hedge_kind_re(self, kind: str) -> re.Pattern[str]:
        """The pattern of the words of a hedge kind (see `hedge_kinds`)."""
        return _compiled(self.hedge_kinds[kind])

    def polarity_re(self, kind: str, sign: int) -> re.Pattern[str]:
        """The pattern of a polarity class's negative (sign -1) or positive (+1) words."""
        return _compiled(self.polarity[kind][0 if sign < 0 else 1])

    @property
    def source_markers_re(self) -> re.Pattern[str]:
        return _compiled(self.source_markers)

    @property
    def speaker_verbs_re(self) -> re.Pattern[str]:
        return _compiled(self.speaker_verbs)

    @property
    def indefinite_re(self) -> re.Pattern[str]:
        return _compiled(self.indefinite)

    @property
    def evidence_re(self) -> re.Pattern[str]:
        return _compiled(self.evidence)

    @property
    def agent_re(self) -> re.Pattern[str]:
        return _compiled(self.agent)

    @property
    def reported_speech_re(self) -> re.Pattern[str]:
        return _compiled(self.reported_speech)

    @property
    def softeners_re(self) -> re.Pattern[str]:
        return _compiled(self.softeners)

    @property
    def intensifiers_re(self) -> re.Pattern[str]:
        return _compiled(self.intensifiers)

    @property
    def full_degrees_re(self) -> re.Pattern[str]:
        return _compiled(self.full_degrees)

    @property
    def extremes_re(self) -> re.Pattern[str]:
        return _compiled(self.extremes)

    @property
    def mild_re(self) -> re.Pattern[str]:
        return _compiled(self.mild)

    @property
    def obligations_re(self) -> re.Pattern[str]:
        return _compiled(self.obligations)

    @property
    def advice_re(self) -> re.Pattern[str]:
        return _compiled(self.advice)

    @property
    def wishes_re(self) -> re.Pattern[str]:
        return _compiled(self.wishes)

    @property
    def uniques_re(self) -> re.Pattern[str]:
        return _compiled(self.uniques)

    @property
    def sole_re(self) -> re.Pattern[str]:
        return _compiled(self.sole)

    @property
    def one_of_re(self) -> re.Pattern[str]:
        return _compiled(self.one_of)

    @property
    def articles_re(self) -> re.Pattern[str]:
        return _compiled(self.articles)

    @property
    def conjunctions_re(self) -> re.Pattern[str]:
        return _compiled(self.conjunctions)

    @property
    def wholes_re(self) -> re.Pattern[str]:
        return _compiled(self.wholes)

    @property
    def parts_re(self) -> re.Pattern[str]:
        return _compiled(self.parts)

    @property
    def negation_re(self) -> re.Pattern[str]:
        return _compiled(self.negation)

    @property
    def not_negation_re(self) -> re.Pattern[str]:
        return _compiled(self.not_negation)

    @property
    def negation_partner_re(self) -> re.Pattern[str]:
        return _compiled(self.negation_partner)

    @property
    def negation_continued_re(self) -> re.Pattern[str]:
        return _compiled(self.negation_continued)

    @property
    def relative_re(self) -> re.Pattern[str]:
        return _compiled(self.relative)

    @property
    def complement_re(self) -> re.Pattern[str]:
        return _compiled(self.complement)

    @property
    def approximators_re(self) -> re.Pattern[str]:
        return _compiled(self.approximators)

    @property
    def not_dates_re(self) -> re.Pattern[str]:
        return _compiled(self.not_dates)

    @property
    def hedge_re(self) -> re.Pattern[str]:
        return _compiled(self.hedge)

    @property
    def soft_hedge_re(self) -> re.Pattern[str]:
        return _compiled(self.soft_hedge)

    @property
    def attribution_re(self) -> re.Pattern[str]:
        return _compiled(self.attribution)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A profile pattern on word boundaries, case-insensitive."""
    return re.compile(rf"(?<![\w-])(?:{pattern})(?:(?<=['’])|(?![\w]))", re.IGNORECASE)


PROFILE_RULES: Mapping[str, str] = {
    "number.changed": "digits are read with Babel's locale data for any language",
    "negation.flipped": "negation words",
    "hedge.dropped": "hedge words",
    "hedge.added": "hedge words",
    "attribution.changed": "attribution verbs and roles",
    "attribution.dropped": "attribution verbs and roles",
    "entity.dropped": "stop words (to tell a name from a capitalised word)",
    "entity.changed": "stop words (to tell a name from a capitalised word)",
    "quote.altered": "quotation marks",
    "quote.unquoted": "quotation marks",
    "quote.shortened": "quotation marks",
}
"""The rules of the cross-language path that read a profile, and what they read from it."""


def supported() -> tuple[str, ...]:
    """The languages with a profile."""
    return tuple(sorted(_PROFILES))


def profile_for(code: str) -> Profile | None:
    """The profile of a language (ISO 639-1), None when there is none."""
    loader = _PROFILES.get(code)
    return None if loader is None else loader()


def skipped_rules(a: str, b: str) -> tuple[tuple[str, str], ...]:
    """(rule, why) for every rule the cross-language path skips for this pair of languages."""
    missing = [code for code in dict.fromkeys((a, b)) if code not in _PROFILES]
    if not missing:
        return ()
    why = f"no language profile for {', '.join(missing)} (profiles: {', '.join(supported())})"
    return tuple((rule, why) for rule in PROFILE_RULES if rule != "number.changed")


def _en() -> Profile:
    from driftcheck.findings.profiles.en import PROFILE

    return PROFILE


def _de() -> Profile:
    from driftcheck.findings.profiles.de import PROFILE

    return PROFILE


def _fr() -> Profile:
    from driftcheck.findings.profiles.fr import PROFILE

    return PROFILE


def _es() -> Profile:
    from driftcheck.findings.profiles.es import PROFILE

    return PROFILE


def _ru() -> Profile:
    from driftcheck.findings.profiles.ru import PROFILE

    return PROFILE


_PROFILES = {"en": _en, "de": _de, "fr": _fr, "es": _es, "ru": _ru}
