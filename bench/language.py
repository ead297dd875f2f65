"""Language detection without the model: how often plain English is told by its words alone.

    python bench/language.py [--benchdata DIR]

driftcheck.language tells plain English prose by its function words before it loads
py3langid's model (about a second of a cold English compare). This script reads every text
whose language is known, in ../shared/benchdata (NewsEdits, ArgRewrite, Aesop: English;
Text+Berg: German and French) and bench/data/xling-findings (en.txt: English; the
translations: German, French, Spanish, Russian), and prints, per language: how many texts
the word test answers, the range of the two shares it reads (English-only words, other
languages' words and words in another script), and every text where its
answer and the model's differ (there must be none). It measures; it fits nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

if not __package__:  # run as a script: make `bench` and `driftcheck` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.realdata import benchdata_root
from driftcheck import language
from driftcheck.language import SAMPLE_CHARS, plainly_english, shares

ROOT = Path(__file__).resolve().parents[1]
XLING = ROOT / "bench" / "data" / "xling-findings"


def known_texts(benchdata: Path) -> list[tuple[str, Path]]:
    """(language, path) for every text of the project's data whose language is known."""
    texts = [("en", p) for p in sorted(benchdata.glob("newsedits/*/*.txt"))]
    for name in ("argrewrite", "aesop"):
        texts += [("en", p) for p in sorted(benchdata.glob(f"{name}/*/[ab].txt"))]
    texts += [("de", p) for p in sorted(benchdata.glob("textberg/*/a.txt"))]
    texts += [("fr", p) for p in sorted(benchdata.glob("textberg/*/b.txt"))]
    for path in sorted(XLING.glob("*/*/*.txt")):
        texts.append(("en" if path.name == "en.txt" else path.name.split(".")[0], path))
    return texts


def main() -> None:
    """Print the word test's coverage and shares per language, and any disagreement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchdata", type=Path, help="the shared benchdata folder")
    args = parser.parse_args()
    texts = known_texts(benchdata_root(args.benchdata))
    by_language: dict[str, list[tuple[float, float, bool]]] = {}
    answered: list[tuple[str, Path]] = []
    for code, path in texts:
        sample = path.read_text(encoding="utf-8")[:SAMPLE_CHARS]
        english, others = shares(sample)
        fast = plainly_english(sample)
        by_language.setdefault(code, []).append((english, others, fast))
        if fast:
            answered.append((code, path))
    print(f"{len(texts)} texts; the word test answers 'en' for {len(answered)}")
    print("language  texts  answered  English share min/p5/median/max  foreign share min/max")
    for code, rows in sorted(by_language.items()):
        ranked = sorted(row[0] for row in rows)
        p5 = statistics.quantiles(ranked, n=20)[0] if len(ranked) > 1 else ranked[0]
        print(
            f"{code:<8} {len(rows):6} {sum(row[2] for row in rows):9}  "
            f"{ranked[0]:.3f} / {p5:.3f} / {statistics.median(ranked):.3f} / {ranked[-1]:.3f}"
            f"{'':6}{min(row[1] for row in rows):.3f} / {max(row[1] for row in rows):.3f}"
        )
    disagree = []
    for code, path in answered:
        found = language.LanguageScorer().embed([path.read_text(encoding="utf-8")[:SAMPLE_CHARS]])
        first, second, _ = found[0].tolist()
        model = chr(int(first)) + chr(int(second))
        if model != "en" or code != "en":
            disagree.append(f"{path}: labelled {code}, model {model}, word test en")
    print(f"answers that differ from the model or the label: {len(disagree)}")
    for line in disagree:
        print("  " + line)


if __name__ == "__main__":
    main()
