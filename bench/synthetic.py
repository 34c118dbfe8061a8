"""Generated articles and index checks shared by the bench scripts. Nothing is downloaded:
the articles are made from a few word lists, each distinct, dated and about one paragraph."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOWNS = ["Westbrook", "Port Allen", "Glenmoor", "Riverside", "Kestrel Bay", "Aldon", "Pinecrest", "Marlow"]
THINGS = ["bus shelters", "bridges", "schools", "parks", "fire stations", "libraries", "clinics", "ferries"]
PEOPLE = ["Priya Desai", "Lena Okafor", "Tomas Berg", "Arturo Vega", "Hanne Lund", "Marcus Reyes"]


def write_articles(folder: Path, n: int, tag: str, seed: int = 0) -> list[str]:
    """n Markdown articles in `folder`, titled '<tag> <i> …'; returns their titles."""
    rng = random.Random(f"{tag}-{seed}")
    folder.mkdir(parents=True, exist_ok=True)
    titles = []
    for i in range(n):
        town, thing, person = rng.choice(TOWNS), rng.choice(THINGS), rng.choice(PEOPLE)
        count, day = rng.randint(2, 900), rng.randint(1, 28)
        title = f"{tag} {i}: {town} approves {count} {thing}"
        body = (
            f"The {town} council approved {count} new {thing} on Monday, officials said.\n\n"
            f"Council member {person} said the plan ({tag}-{i}) would cost {rng.randint(1, 90)} million dollars "
            f"and take {rng.randint(2, 30)} months.\n\nWork is due to start on March {day}."
        )
        (folder / f"{tag}-{i}.md").write_text(
            f"---\ntitle: {title}\ndate: 2024-03-{day:02d}\nsource: Bench wire\n---\n{body}\n"
        )
        titles.append(title)
    return titles


def ingest_command(folder: Path, index: Path) -> list[str]:
    return [sys.executable, "-m", "rag.cli", "ingest", str(folder), "--index", str(index)]


def run_ingest(folder: Path, index: Path) -> None:
    subprocess.run(ingest_command(folder, index), cwd=ROOT, check=True, capture_output=True)


def problem(index_dir: Path) -> str | None:
    """Why the index at index_dir cannot be trusted, or None: it must open, and its
    articles, hashes, chunks and vectors must agree."""
    from rag.index import Index

    try:
        index = Index.open(index_dir)
    except Exception as exc:  # any failure to open counts as unloadable
        return f"unloadable: {type(exc).__name__}: {exc}"
    n_vectors = 0 if index.vectors is None else len(index.vectors)
    if n_vectors != len(index.chunks):
        return f"inconsistent: {len(index.chunks)} chunks, {n_vectors} vectors"
    if set(index.hashes) != set(index.articles):
        return "inconsistent: article hashes do not match the articles"
    for c in index.chunks:
        article = index.articles.get(c.article_id)
        if article is None or not 0 <= c.start < c.end <= len(article.text):
            return f"inconsistent: chunk {c.id} points outside its article"
    return None
