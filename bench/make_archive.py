"""A synthetic archive for `driftcheck pair`: source stories, their versions, distractors, truth.

    python bench/make_archive.py OUT --stories 1000 --seed 1 [--pool DIR ...] [--translations]

Deterministic for a seed. Sentences come from the project's own English texts (corpus/,
bench/data/ stories and findings examples, not the held-out ones nor the cross-language
set; ../shared/seeds) and any --pool folder of .txt files. Each
story is new: its sentences join the first half of one real sentence to the second half of
another (so 10k stories do not repeat the same few thousand sentences), and it gets its own
names, places and figures. Versions are made by the edits partners make: verbatim
re-publication with a byline and footer, shortened copies, dropped sentences, moved
paragraphs, word substitutions, changed figures and names, added paragraphs. Distractors are
news-like articles made of other stories' sentences, at most a quarter from any one story.

With --translations the archive also holds translated articles, from the development
split of the cross-language findings set (bench/data/xling-findings/dev/, English stories
with faithful and drifted de, fr, es and ru translations; its held-out split is never
used): half of its stories (drawn by the seed) become sources, each with about three in
four of its eight translations in the archive (role `translated`); the other half's
translations are distractors (their English story is no source). They are drawn with a
random generator of their own, so the rest of the archive is the same as without them.

OUT gets sources/*.txt, archive/<partner>/<id>.txt and truth.csv (story, source, target,
role, relative to OUT), the pairs a perfect `pair` would find. Write it outside the
repository (or under the ignored bench/out/).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

if not __package__:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from driftcheck.segment import segment

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_POOLS = (ROOT / "corpus", ROOT / "bench" / "data", ROOT.parent / "shared" / "seeds")
XLING_DEV = ROOT / "bench" / "data" / "xling-findings" / "dev"
"""Translations for --translations: the development split only (held-out: issue #10's)."""
SUBSTITUTES = {
    "said": "stated",
    "people": "residents",
    "police": "officers",
    "officials": "authorities",
    "government": "administration",
    "announced": "declared",
    "help": "assist",
    "big": "large",
    "start": "begin",
    "after": "following",
    "about": "around",
    "because": "as",
    "also": "additionally",
    "told": "informed",
    "week": "weekend",
    "new": "fresh",
    "many": "numerous",
    "city": "town",
    "show": "indicate",
    "expected": "anticipated",
}
_SPLIT = re.compile(r",\s|\s(?:and|but|which|while|after|as|because|when|who|said)\s")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_NAME = re.compile(r"(?<=\s)[A-Z][a-z]{2,}")
_SYLLABLES = ("ka", "lo", "mi", "ren", "to", "va", "sel", "dor", "an", "bri", "ost", "ne", "ru")
_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.")
_AGENCIES = ("Northwire", "Metro Press", "Global Desk", "Harbour News", "Central Wire")


@dataclass(frozen=True)
class Story:
    """A generated source story: its id and paragraphs (lists of sentences)."""

    story: str
    paragraphs: tuple[tuple[str, ...], ...]


def main() -> None:
    """Parse arguments, generate, print a one-line summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pool", type=Path, action="append", default=[])
    parser.add_argument("--translations", action="store_true")
    args = parser.parse_args()
    pools = [*DEFAULT_POOLS, *args.pool]
    counts = generate(args.out, args.stories, args.seed, pools, translations=args.translations)
    print(json.dumps(counts))


def generate(
    out: Path, stories: int, seed: int, pools: list[Path], *, translations: bool = False
) -> dict[str, int]:
    """Write the archive into `out`; return how many of each kind it holds."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    halves = _halves(_pool_sentences(pools))
    made = [_story(f"story-{n:05d}", rng, halves) for n in range(stories)]
    (out / "sources").mkdir(parents=True, exist_ok=True)
    truth: list[dict[str, str]] = []
    articles: list[tuple[str, str]] = []
    for story in made:
        source = f"sources/{story.story}.txt"
        (out / source).write_text(_text(story.paragraphs), encoding="utf-8")
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
            role, text = _version(story, rng, made)
            name = _article_name(rng)
            articles.append((name, text))
            truth.append({"story": story.story, "source": source, "target": name, "role": role})
    distractors = stories
    articles += [(_article_name(rng), _distractor(rng, made)) for _ in range(distractors)]
    translated: dict[str, int] = {}
    if translations:
        translated = _translations(out, random.Random(f"{seed}-translations"), truth, articles)  # noqa: S311
    for name, text in articles:
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text, encoding="utf-8")
    with (out / "truth.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["story", "source", "target", "role"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(truth, key=lambda r: (r["story"], r["target"])))
    return {
        "sources": stories + translated.get("sources", 0),
        "versions": len(truth),
        "distractors": distractors + translated.get("distractors", 0),
        "sentence_halves": len(halves[0]),
        **{f"translated_{key}": value for key, value in translated.items()},
    }


def _translations(
    out: Path,
    rng: random.Random,
    truth: list[dict[str, str]],
    articles: list[tuple[str, str]],
) -> dict[str, int]:
    """Half the development stories as sources with their translations; the rest distract."""
    stories = sorted(p for p in XLING_DEV.iterdir() if (p / "en.txt").is_file())
    rng.shuffle(stories)
    chosen = stories[: len(stories) // 2]
    versions = distractors = 0
    for story in stories:
        files = sorted(p for p in story.glob("*.txt") if p.name != "en.txt")
        if story in chosen:
            source = f"sources/xling-{story.name}.txt"
            (out / source).write_text((story / "en.txt").read_text("utf-8"), encoding="utf-8")
        for path in files:
            if story in chosen and rng.random() < 0.75:
                name = _article_name(rng)
                truth.append(
                    {
                        "story": f"xling-{story.name}",
                        "source": source,
                        "target": name,
                        "role": "translated",
                    }
                )
                versions += 1
            elif story not in chosen and rng.random() < 0.5:
                name = _article_name(rng)
                distractors += 1
            else:
                continue
            articles.append((name, path.read_text("utf-8")))
    return {"sources": len(chosen), "versions": versions, "distractors": distractors}


def _pool_sentences(pools: list[Path]) -> list[str]:
    """Distinct English sentences of six words or more from the pools' .txt and .jsonl files."""
    from driftcheck.language import detect_language

    texts: list[str] = []
    for pool in pools:
        if not pool.is_dir():
            continue
        texts += [p.read_text("utf-8") for p in sorted(pool.rglob("*.txt")) if _usable(p)]
        for rows in sorted(p for p in pool.rglob("*.jsonl") if _usable(p)):
            for line in rows.read_text("utf-8").splitlines():
                row = json.loads(line) if line.strip() else {}
                texts += [row[k] for k in ("a", "b") if isinstance(row.get(k), str)]
    english = [text for text in texts if (detect_language(text) or ("en",))[0] == "en"]
    found = (s.text.strip() for text in english for s in segment(text).sentences)
    return sorted({s for s in found if len(s.split()) >= 6 and s[-1] in '."”'})


def _usable(path: Path) -> bool:
    """Not a held-out set (kept for checking other benchmarks on unseen text), nor the
    cross-language set, whose stories --translations adds as they are."""
    return not any("heldout" in part or part == "xling-findings" for part in path.parts)


def _halves(sentences: list[str]) -> tuple[list[str], list[str]]:
    """Sentence openings (up to a clause break) and the rests after one."""
    heads, tails = [], []
    for sentence in sentences:
        breaks = [m for m in _SPLIT.finditer(sentence) if 15 < m.start() < len(sentence) - 15]
        if breaks:
            cut = breaks[len(breaks) // 2]
            heads.append(sentence[: cut.start()])
            tails.append(sentence[cut.start() :])
    return heads, tails


def _story(story: str, rng: random.Random, halves: tuple[list[str], list[str]]) -> Story:
    """A new story: 6-18 joined sentences, its own names and figures, in 1-3 sentence paragraphs."""
    heads, tails = halves
    names: dict[str, str] = {}
    sentences = [
        _own(rng.choice(heads) + rng.choice(tails), rng, names) for _ in range(rng.randint(6, 18))
    ]
    city = _name(rng).upper()
    lede = f"{city}, {rng.choice(_MONTHS)} {rng.randint(1, 28)} ({rng.choice(_AGENCIES)}) – "
    sentences[0] = lede + sentences[0]
    paragraphs: list[tuple[str, ...]] = []
    while sentences:
        size = rng.randint(1, 3)
        paragraphs.append(tuple(sentences[:size]))
        sentences = sentences[size:]
    return Story(story, tuple(paragraphs))


def _own(sentence: str, rng: random.Random, names: dict[str, str]) -> str:
    """The sentence with this story's names (consistent within it) and fresh figures."""
    renamed = _NAME.sub(lambda m: names.setdefault(m.group(), _name(rng)), sentence)
    return _NUMBER.sub(lambda m: str(rng.randint(2, 10 ** len(m.group()))), renamed)


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _version(story: Story, rng: random.Random, made: list[Story]) -> tuple[str, str]:
    """One partner's version of `story`: the role and the text."""
    paragraphs = [list(p) for p in story.paragraphs]
    role = rng.choice(("syndicated", "shortened", "edited", "edited", "reordered", "extended"))
    if role == "shortened":
        total = sum(len(p) for p in paragraphs)
        keep = max(3, round(total * rng.uniform(0.3, 0.6)))
        kept: list[list[str]] = []
        for paragraph in paragraphs:
            kept.append(paragraph[: keep - sum(len(p) for p in kept)])
            if sum(len(p) for p in kept) >= keep:
                break
        paragraphs = [p for p in kept if p]
    if role in ("edited", "reordered", "extended"):
        paragraphs = _drop(paragraphs, rng, rng.uniform(0.0, 0.3))
    if role == "reordered":
        for _ in range(rng.randint(1, 3)):
            if len(paragraphs) > 2:
                moved = paragraphs.pop(rng.randrange(1, len(paragraphs)))
                paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), moved)
    if role == "extended":
        size = sum(len(p) for p in paragraphs)
        other = rng.choice(made).paragraphs
        added = [list(p) for p in other if p][: max(1, size // 3)]
        at = rng.randrange(1, len(paragraphs) + 1)
        paragraphs[at:at] = [p[:2] for p in added][: max(1, size // 5)]
    if role != "syndicated" or rng.random() < 0.3:
        paragraphs = [[_edited(s, rng) for s in p] for p in paragraphs]
    text = _text(tuple(tuple(p) for p in paragraphs if p))
    if role == "syndicated" or rng.random() < 0.3:
        text = f"By {_name(rng)} {_name(rng)}\n\n{text}\n\n(c) 2026 {rng.choice(_AGENCIES)}.\n"
    return role, text


def _drop(paragraphs: list[list[str]], rng: random.Random, share: float) -> list[list[str]]:
    """Drop about `share` of the sentences, never the first."""
    kept = [
        [s for k, s in enumerate(p) if (n == 0 and k == 0) or rng.random() >= share]
        for n, p in enumerate(paragraphs)
    ]
    return [p for p in kept if p]


def _edited(sentence: str, rng: random.Random) -> str:
    """A sub-editor's pass: a few substituted words, now and then a changed figure or name."""
    words = sentence.split(" ")
    for i, word in enumerate(words):
        bare = word.strip(",.;:\"'“”").lower()
        if bare in SUBSTITUTES and rng.random() < 0.5:
            words[i] = word.replace(bare, SUBSTITUTES[bare])
        elif rng.random() < 0.02 and len(words) > 8:
            words[i] = ""
    edited = " ".join(w for w in words if w)
    if rng.random() < 0.2:
        edited = _NUMBER.sub(lambda m: str(int(m.group()[0]) + 1) + m.group()[1:], edited, 1)
    if rng.random() < 0.1:
        edited = _NAME.sub(lambda m: m.group()[:-1] + "e", edited, 1)
    return edited


def _distractor(rng: random.Random, made: list[Story]) -> str:
    """A news-like article of 6-14 sentences from other stories, <= 1/4 from any one."""
    size = rng.randint(6, 14)
    sentences: list[str] = []
    while len(sentences) < size:
        other = [s for p in rng.choice(made).paragraphs for s in p]
        start = rng.randrange(len(other))
        sentences += other[start : start + min(size // 4, size - len(sentences))] or other[:1]
    return _text(tuple((s,) for s in sentences))


def _text(paragraphs: tuple[tuple[str, ...], ...]) -> str:
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def _article_name(rng: random.Random) -> str:
    return f"archive/partner-{rng.randint(1, 20):02d}/{rng.getrandbits(48):012x}.txt"


if __name__ == "__main__":
    main()
