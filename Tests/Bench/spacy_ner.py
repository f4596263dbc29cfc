#!/usr/bin/env python3
"""A peer, side by side: spaCy's small English pipeline (NER only) against crosscheck's
extraction, in one run, on the same generated articles, on one core each.

    swift build -c release --product crosscheck-bench
    .build/release/crosscheck-bench --write-corpus /tmp/cc-corpus --sets 50 --per-set 10
    python3 Tests/Bench/spacy_ner.py /tmp/cc-corpus [--model en_core_web_sm | --model PATH]
        [--bench .build/release/crosscheck-bench]

spaCy is a bench-only dependency (`pip install spacy` and an English small model); it is
never a dependency of the Swift package. Both sides get the same files: crosscheck reads
them whole (front matter too), spaCy gets each body (front matter removed). The figure to
quote is the ratio of articles per second; MB/s are shown over each side's own input.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time


def bodies(folder):
    """Article bodies under `folder` (.md/.txt), front matter removed, in path order."""
    paths = []
    for root, _, files in os.walk(folder):
        paths += [os.path.join(root, f) for f in files if f.endswith((".md", ".txt"))]
    texts = []
    for path in sorted(paths):
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            if end >= 0:
                text = text[end + 5:]
        texts.append(text)
    return texts


def crosscheck_figures(bench, folder):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        report = out.name
    subprocess.run([bench, "--extract-dir", folder, "--json", report], check=True, stdout=subprocess.DEVNULL)
    with open(report, encoding="utf-8") as handle:
        rows = json.load(handle)["rows"]
    os.unlink(report)
    one_core = [r for r in rows if r["name"].endswith("extraction, 1 core")]
    return {r["unit"]: r["value"] for r in one_core}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="a folder written by `crosscheck-bench --write-corpus`")
    parser.add_argument("--model", default="en_core_web_sm", help="spaCy model: a package name or a model folder")
    parser.add_argument("--bench", default=".build/release/crosscheck-bench", help="the crosscheck-bench executable (release)")
    args = parser.parse_args()

    texts = bodies(args.corpus)
    if not texts:
        sys.exit(f"no .md or .txt articles under {args.corpus}")
    body_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    try:
        import spacy
    except ImportError:
        sys.exit("spaCy is not installed: pip install spacy (the bench skips the peer without it)")
    # NER only: the tagger, parser, lemmatizer and rules are not loaded.
    nlp = spacy.load(args.model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    nlp(texts[0])  # warm-up
    start = time.perf_counter()
    entities = 0
    for doc in nlp.pipe(texts, batch_size=32, n_process=1):
        entities += len(doc.ents)
    spacy_seconds = time.perf_counter() - start
    spacy_articles = len(texts) / spacy_seconds

    cross = crosscheck_figures(args.bench, args.corpus)
    print(f"articles: {len(texts)}, bodies {body_mb:.2f} MB; spaCy {spacy.__version__} model {nlp.meta.get('name')} {nlp.meta.get('version')}, pipes {nlp.pipe_names}")
    print(f"spaCy NER, 1 core:            {spacy_articles:8.1f} articles/s  {body_mb / spacy_seconds:6.2f} MB/s  ({entities} entities)")
    print(f"crosscheck extraction, 1 core: {cross['articles/s']:8.1f} articles/s  {cross['MB/s']:6.2f} MB/s  (whole files, all claim families)")
    print(f"ratio crosscheck / spaCy (articles/s): {cross['articles/s'] / spacy_articles:.2f}")


if __name__ == "__main__":
    main()
