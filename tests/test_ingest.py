"""Incremental ingest, atomic saves, manifest checks and bad input, on the real embedder."""

import json
import shutil
import sys

import pytest

from rag.errors import IndexMismatchError, IndexMissingError, InputError
from rag.index import Index, live_generation
from rag.ingest import ingest, signature
from rag.settings import Settings
from rag.store.vectors import VectorSearch

from .conftest import ROOT, SEED_ID


def story(title, body, date="2024-01-02"):
    return f"---\ntitle: {title}\ndate: {date}\n---\n{body}\n"


@pytest.fixture
def setup(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(
        story("Dam opens", "The new dam opened on Monday. It holds 40 million litres.")
    )
    (corpus / "b.md").write_text(
        story("Bridge closes", "The old bridge closed for repairs. Work takes two months.")
    )
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus)
    return corpus, settings, embedder


def test_unchanged_corpus_embeds_nothing(setup):
    corpus, settings, embedder = setup
    first = ingest([corpus], settings, embedder)
    assert (len(first.added), first.embedded_chunks) == (2, 2)
    generation = live_generation(settings.index_dir)
    again = ingest([corpus], settings, embedder)
    assert (again.added, again.changed, again.removed, again.unchanged) == ([], [], [], 2)
    assert again.embedded_chunks == 0
    assert live_generation(settings.index_dir) == generation  # nothing rewritten


def test_changed_article_is_replaced_and_removed_one_dropped(setup):
    corpus, settings, embedder = setup
    ingest([corpus], settings, embedder)
    (corpus / "a.md").write_text(
        story("Dam opens", "The new dam opened on Tuesday. It holds 90 million litres.")
    )
    (corpus / "b.md").unlink()
    (corpus / "c.md").write_text(story("Ferry returns", "The ferry service returned after a year."))
    report = ingest([corpus], settings, embedder)
    assert (len(report.added), len(report.changed), len(report.removed), report.unchanged) == (1, 1, 1, 0)
    assert report.embedded_chunks == 2  # only the changed and the new article
    index = Index.open(settings.index_dir, signature(settings, embedder))
    assert sorted(a.title for a in index.articles.values()) == ["Dam opens", "Ferry returns"]
    texts = " ".join(c.text for c in index.chunks)
    assert "90 million" in texts and "40 million" not in texts and "bridge" not in texts
    assert index.vectors.shape == (len(index.chunks), 384)
    # Vectors still line up with their chunks: each chunk's nearest vector is its own.
    query = embedder.encode(
        [
            f"{index.articles[c.article_id].title} ({index.articles[c.article_id].published})\n{c.text}"
            for c in index.chunks
        ]
    )
    _, ids = VectorSearch(index.vectors).search(query, 1)
    assert ids[:, 0].tolist() == list(range(len(index.chunks)))


def test_other_paths_are_kept_when_one_folder_is_reingested(setup, tmp_path):
    corpus, settings, embedder = setup
    extra = tmp_path / "extra.md"
    extra.write_text(story("Library", "The library extended its hours."))
    ingest([corpus, extra], settings, embedder)
    report = ingest([corpus], settings, embedder)
    assert report.removed == []
    assert report.articles == 3


def test_crash_while_saving_leaves_previous_index_loadable(setup, monkeypatch):
    corpus, settings, embedder = setup
    ingest([corpus], settings, embedder)
    before = Index.open(settings.index_dir)
    before_generation = live_generation(settings.index_dir)
    (corpus / "c.md").write_text(story("Ferry", "The ferry returned."))

    import rag.index

    real = rag.index._write_file

    def crash(path, text):
        if path.name == "manifest.json":
            raise KeyboardInterrupt("killed half way")
        real(path, text)

    monkeypatch.setattr(rag.index, "_write_file", crash)
    with pytest.raises(KeyboardInterrupt):
        ingest([corpus], settings, embedder)
    monkeypatch.undo()
    after = Index.open(settings.index_dir)
    assert sorted(after.articles) == sorted(before.articles)
    assert len(after.chunks) == len(before.chunks)
    # The next ingest finishes the job and clears the half-written generation; the one
    # before it stays for readers until the save after.
    report = ingest([corpus], settings, embedder)
    assert len(report.added) == 1
    live, previous = live_generation(settings.index_dir), before_generation
    assert sorted(settings.index_dir.glob("gen-*")) == sorted([live, previous])


def test_index_built_with_other_chunking_says_to_rebuild(setup):
    corpus, settings, embedder = setup
    ingest([corpus], settings, embedder)
    other = Settings(index_dir=settings.index_dir, chunk_chars=300)
    with pytest.raises(IndexMismatchError, match="--rebuild"):
        Index.open(settings.index_dir, signature(other, embedder))
    with pytest.raises(IndexMismatchError, match="chunks of 700 chars"):
        ingest([corpus], other, embedder)
    report = ingest([corpus], other, embedder, rebuild=True)
    assert report.chunks == 2
    manifest = json.loads((live_generation(settings.index_dir) / "manifest.json").read_text())
    assert manifest["signature"]["chunk_chars"] == 300
    assert manifest["signature"]["embed_model"] == "all-MiniLM-L6-v2"
    assert set(manifest["versions"]) >= {"faiss-cpu", "sentence-transformers"}


def test_index_built_with_other_embedding_model_says_to_rebuild(setup):
    corpus, settings, embedder = setup
    ingest([corpus], settings, embedder)
    manifest_path = live_generation(settings.index_dir) / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["signature"]["embed_model"] = "bge-small-en"
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatchError, match="bge-small-en.*Rebuild it"):
        Index.open(settings.index_dir, signature(settings, embedder))


def test_missing_index_names_the_command_to_build_it(tmp_path):
    with pytest.raises(IndexMissingError, match="rag ingest"):
        Index.open(tmp_path / "nothing")


def test_bad_files_are_skipped_and_counted_and_lose_nothing(setup):
    corpus, settings, embedder = setup
    ingest([corpus], settings, embedder)
    (corpus / "empty.txt").write_text("")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "broken.json").write_text('{"title": "x", "text": ')
    (corpus / "feed.jsonl").write_text('{"title": "Good", "text": "A good line."}\n{"title": "bad"\n')
    report = ingest([corpus], settings, embedder)
    assert len(report.problems) == 4
    assert len(report.added) == 1 and report.articles == 3
    # A file that turns bad later does not take its indexed articles with it.
    (corpus / "a.md").write_bytes(b"\xff\xfe broken bytes")
    report = ingest([corpus], settings, embedder)
    assert report.removed == [] and report.articles == 3
    assert "skipped" in report.summary()


def test_duplicate_articles_are_indexed_once(setup):
    corpus, settings, embedder = setup
    shutil.copy(corpus / "a.md", corpus / "a-copy.md")
    report = ingest([corpus], settings, embedder)
    assert len(report.duplicates) == 1 and "same text as" in report.duplicates[0].reason
    assert report.articles == 2


def test_bundled_corpus_holds_the_seed_article(tmp_path, embedder):
    settings = Settings(index_dir=tmp_path / "index")
    report = ingest([ROOT / "corpus"], settings, embedder)
    assert report.problems == []
    assert SEED_ID in Index.open(settings.index_dir).articles


def test_two_writers_at_once_keep_both_inputs(tmp_path):
    """Two `rag ingest` processes on one index: every article of both ends up in it."""
    import subprocess
    import sys

    index = tmp_path / "index"
    inputs = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        for i in range(6):
            (folder / f"{name}{i}.md").write_text(story(f"{name} {i}", f"Story {name} number {i} happened."))
        inputs.append(folder)
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "rag.cli", "ingest", str(folder), "--index", str(index)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in inputs
    ]
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    titles = {a.title for a in Index.open(index).articles.values()}
    assert titles == {f"{n} {i}" for n in ("one", "two") for i in range(6)}


def test_a_missing_path_removes_nothing_and_says_so(setup, tmp_path):
    corpus, settings, embedder = setup
    ingest([corpus], settings, embedder)
    moved = tmp_path / "moved"
    corpus.rename(moved)
    with pytest.raises(InputError, match="no such file or folder; nothing was read"):
        ingest([corpus], settings, embedder)
    other = tmp_path / "other.md"
    other.write_text(story("Ferry returns", "The ferry service returned after a year."))
    report = ingest([corpus, other], settings, embedder)
    assert any("articles indexed from it are kept" in p.reason for p in report.problems)
    assert report.removed == [] and report.articles == 3
    report = ingest([corpus], settings, embedder, prune=True)  # removing is asked for by name
    assert len(report.removed) == 2 and report.articles == 1


def test_an_empty_folder_or_unwritable_index_fails_before_embedding(setup, tmp_path):
    corpus, settings, embedder = setup
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no article files"):
        ingest([empty], settings, embedder)
    a_file = tmp_path / "index-file"
    a_file.write_text("not a folder")
    with pytest.raises(InputError, match="is a file, not a folder"):
        ingest([corpus], Settings(index_dir=a_file), embedder)
    with pytest.raises(IndexMissingError, match="is a file"):
        Index.open(a_file)
    with pytest.raises(InputError, match="cannot write to the index folder"):
        ingest([corpus], Settings(index_dir="/proc/rag-index"), embedder)


def two_saves(corpus, settings, embedder):
    """The generations of two saves, the second adding an article."""
    ingest([corpus], settings, embedder)
    first = live_generation(settings.index_dir)
    (corpus / "c.md").write_text(story("Ferry returns", "The ferry service returned after a year."))
    ingest([corpus], settings, embedder)
    return first, live_generation(settings.index_dir)


def test_the_previous_generation_survives_one_save(setup):
    corpus, settings, embedder = setup
    first, second = two_saves(corpus, settings, embedder)
    assert first.exists() and second != first  # a reader opening `first` still finds it
    (corpus / "d.md").write_text(story("Port opens", "The port opened."))
    ingest([corpus], settings, embedder)
    assert not first.exists() and second.exists()


def test_a_writer_with_nothing_to_save_sweeps_what_a_killed_writer_left(setup):
    # make test on a fresh clone: a writer killed after its swap, while sweeping, left a
    # generation two back; the next ingest found nothing new and did not save, so it stayed
    corpus, settings, embedder = setup
    first, second = two_saves(corpus, settings, embedder)
    stray = [settings.index_dir / "gen-20000101-000000-1-1", settings.index_dir / "seg-20000101-000000-1-1"]
    for folder in stray:
        folder.mkdir()
    (stray[0] / "manifest.json").write_text("{}")
    (settings.index_dir / "CURRENT.tmp-1").write_text(stray[0].name)
    report = ingest([corpus], settings, embedder)
    assert not (report.added or report.changed) and live_generation(settings.index_dir) == second
    assert first.exists() and second.exists()  # the one the live generation replaced stays
    assert not any(f.exists() for f in stray) and not list(settings.index_dir.glob("CURRENT.tmp-*"))


def test_killed_ingests_leave_a_loadable_index_and_no_orphans():
    """The short CI version of bench/kill.py (50 trials there, docs/RELIABILITY.md)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import kill
    finally:
        sys.path.remove(str(ROOT / "bench"))
    figures = kill.run(trials=2, articles=6, seed=1)
    print(figures)
    assert figures["unloadable"] == figures["inconsistent"] == figures["orphans_after_next_save"] == 0
    assert figures["final_index"] == "ok"
    assert figures["articles_after_next_save"] == figures["articles_expected"]


def segments(settings):
    return sorted(p.name for p in settings.index_dir.glob("seg-*"))


def stored_ids(folder):
    return [json.loads(line)["id"] for line in (folder / "articles.jsonl").read_text().splitlines()]


def test_a_save_writes_only_what_changed_and_compact_merges(setup):
    corpus, settings, embedder = setup
    ingest([corpus], settings, embedder)
    [first] = segments(settings)
    first_bytes = (settings.index_dir / first / "articles.jsonl").read_bytes()
    (corpus / "c.md").write_text(story("Ferry returns", "The ferry service returned after a year."))
    (corpus / "a.md").write_text(
        story("Dam opens", "The new dam opened on Tuesday. It holds 90 million litres.")
    )
    report = ingest([corpus], settings, embedder)
    assert (len(report.added), len(report.changed)) == (1, 1)
    second = next(s for s in segments(settings) if s != first)
    # The old segment is untouched; the new one holds just the new and the changed article.
    assert (settings.index_dir / first / "articles.jsonl").read_bytes() == first_bytes
    new_titles = sorted(
        json.loads(line)["title"]
        for line in (settings.index_dir / second / "articles.jsonl").read_text().splitlines()
    )
    assert new_titles == ["Dam opens", "Ferry returns"]
    index = Index.open(settings.index_dir)
    assert sorted(a.title for a in index.articles.values()) == ["Bridge closes", "Dam opens", "Ferry returns"]
    texts = " ".join(c.text for c in index.chunks)
    assert "Tuesday" in texts and "Monday" not in texts  # the old version is a tombstone
    assert len(index.chunks) == len(index.vectors) == 3
    by_id = {c.id: v for c, v in zip(index.chunks, index.vectors)}

    from rag.ingest import compact

    merged = compact(settings)
    assert len(segments(settings)) >= 1
    reopened = Index.open(settings.index_dir)
    live = json.loads((live_generation(settings.index_dir) / "manifest.json").read_text())
    [only] = set(live["where"].values())
    assert (
        sorted(stored_ids(settings.index_dir / only)) == sorted(reopened.articles) == sorted(merged.articles)
    )
    for chunk, vector in zip(reopened.chunks, reopened.vectors):
        assert (vector == by_id[chunk.id]).all()


def test_a_format_1_index_still_opens_and_its_next_save_writes_segments(setup, tmp_path):
    corpus, settings, embedder = setup
    ingest([corpus], settings, embedder)
    index = Index.open(settings.index_dir)
    # Rewrite it as format 1 wrote it: everything inside the generation folder.
    import faiss

    old = settings.index_dir / "gen-19700101-000000-1-1"
    old.mkdir()
    live = live_generation(settings.index_dir)
    [segment] = set(json.loads((live / "manifest.json").read_text())["where"].values())
    for name in ("articles.jsonl", "chunks.jsonl"):
        shutil.copy(settings.index_dir / segment / name, old / name)
    flat = faiss.IndexFlatIP(index.signature.dim)
    flat.add(index.vectors)
    faiss.write_index(flat, str(old / "vectors.faiss"))
    manifest = json.loads((live / "manifest.json").read_text())
    del manifest["where"]
    manifest["format"] = 1
    (old / "manifest.json").write_text(json.dumps(manifest))
    (settings.index_dir / "CURRENT").write_text(old.name)
    shutil.rmtree(settings.index_dir / segment)
    shutil.rmtree(live)
    reread = Index.open(settings.index_dir)
    assert sorted(reread.articles) == sorted(index.articles) and (reread.vectors == index.vectors).all()
    (corpus / "c.md").write_text(story("Ferry returns", "The ferry service returned after a year."))
    report = ingest([corpus], settings, embedder)
    assert report.articles == 3 and len(segments(settings)) == 1
    assert sorted(a.title for a in Index.open(settings.index_dir).articles.values()) == [
        "Bridge closes",
        "Dam opens",
        "Ferry returns",
    ]


def test_progress_counts_chunks_and_finished_articles(setup):
    corpus, settings, embedder = setup
    calls = []
    ingest([corpus], settings, embedder, progress=lambda *a: calls.append(a))
    assert calls[-1] == (2, 2, 2, 2)
    assert all(done <= total and articles <= 2 for done, total, articles, _ in calls)
