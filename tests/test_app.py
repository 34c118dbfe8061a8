"""The chat page in a real browser: headless Debian Chromium driven by Playwright, against
app.py running on the real models. Skipped when Chromium or Playwright is missing."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, serving

pytestmark = [pytest.mark.browser, pytest.mark.model]
CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
]  # fmt: skip
LAKESIDE = """---
title: Lakeside ferry company adds two boats
date: 2024-06-14
source: Test fixture (written for testing, not real news)
---
The Lakeside Ferry Company now runs 12 ferries across Lake Amund after adding two electric boats this week.
Company director Mira Hale said the new boats cut fuel costs by a third.
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip("Debian chromium is not installed (apt-get install chromium chromium-driver)")
    pytest.importorskip("playwright")
    index = tmp_path_factory.mktemp("app") / "index"
    subprocess.run(
        [sys.executable, "-m", "rag.cli", "ingest", str(ROOT / "corpus"), "--index", str(index)], check=True
    )
    command = [sys.executable, str(ROOT / "app.py"), "--index", str(index)]
    with serving(command, "/", tmp_path_factory.mktemp("log") / "app.log") as url:
        yield url + "/"


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def open_page(browser, url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url)
    page.wait_for_selector("#question textarea")
    return page


@pytest.fixture(scope="module")
def page(browser, server):
    return open_page(browser, server)


def ask(page, question: str, expect: str, sources: bool = True, timeout: float = 120_000) -> str:
    """Type a question, send it, wait until the last answer contains `expect` (and, with
    `sources`, until its sources are shown, which marks the answer final); return it."""
    page.fill("#question textarea", question)
    page.click("#ask")
    page.wait_for_function(
        """([expect, sources]) => {
            const bots = document.querySelectorAll("#chat [data-testid='bot']");
            return bots.length > 0 && bots[bots.length - 1].innerText.toLowerCase().includes(expect)
                && (!sources || document.querySelector('#sources').innerText.length > 0);
        }""",
        arg=[expect.lower(), sources],
        timeout=timeout,
    )
    bots = page.locator("#chat [data-testid='bot']")
    return bots.nth(bots.count() - 1).inner_text()


def upload(page, path, text: str) -> None:
    """Add one article through the page's upload tab and wait until it is added."""
    path.write_text(text)
    page.get_by_role("tab", name="Add articles").click()
    page.set_input_files("#upload input[type=file]", str(path))
    page.click("#add")
    page.wait_for_function(
        "() => document.querySelector('#added').innerText.includes('Added 1 new')", timeout=120_000
    )


def test_answer_with_sources_then_refusal_then_upload(page, tmp_path):
    started = time.time()
    answer = ask(page, "How many documents were signed?", "seven")
    print(f"first answer after {time.time() - started:.1f} s: {answer!r}")
    assert "[1]" in answer
    sources = page.inner_text("#sources")
    assert "Ayatollah Khamenei meets Cuban President Díaz-Canel in Tehran" in sources
    assert "2023-12-05" in sources and "seven cooperation documents were signed" in sources
    assert page.locator("#sources mark").count() >= 1
    assert "Quoted from the articles" in page.inner_text("#speed")
    shot = os.environ.get("SCREENSHOT")
    page.screenshot(path=shot or str(tmp_path / "answer.png"), full_page=True)

    refusal = ask(page, "Who won the 2022 FIFA World Cup?", "does not say")
    assert "[1]" not in refusal
    assert "Closest passages" in page.inner_text("#sources")

    upload(page, tmp_path / "lakeside.md", LAKESIDE)
    answer = ask(page, "How many ferries does the Lakeside Ferry Company run?", "12")
    assert "Lakeside ferry company adds two boats" in page.inner_text("#sources")


def test_empty_question_shows_a_message_not_a_traceback(page):
    ask(page, "   ", "question is empty", sources=False)
    assert "Traceback" not in page.inner_text("body")


def test_two_tabs_asking_at_once_get_their_own_answers(browser, server):
    tabs = [open_page(browser, server), open_page(browser, server)]
    questions = ["Who is the Iranian Parliament Speaker?", "How many documents were signed?"]
    for tab, question in zip(tabs, questions):
        tab.fill("#question textarea", question)
    for tab in tabs:
        tab.click("#ask")
    for tab, expect in zip(tabs, ["qalibaf", "seven"]):
        tab.wait_for_function(
            "(e) => document.querySelector('#sources').innerText.toLowerCase().includes(e)",
            arg=expect,
            timeout=120_000,
        )
    # Each tab shows its own reply: the Speaker's tab quotes the sentence before Qalibaf's
    # (it leans on it, and names the seven documents), but never the other tab's answer.
    assert "seven —" not in tabs[0].inner_text("#chat").lower()
    assert "qalibaf" not in tabs[1].inner_text("#chat").lower()


TRAP = "203.0.113.9"  # TEST-NET-3: never routed; any request to it is a leak
PLANTED_HTML = f"""---
title: Quarry Hill adds bus shelters <img src="http://{TRAP}/title.png"> <b>now</b>
date: 2024-09-09
source: <a href="http://{TRAP}/src">Evil Wire</a> ![s](http://{TRAP}/source.png)
url: javascript:alert(1)
---
The Quarry Hill council approved 14 new bus shelters <img src="http://{TRAP}/pixel.png" onerror="alert(1)"> on Monday.

Work starts in October <script>fetch("http://{TRAP}/script")</script> and ends by spring ![tracker](http://{TRAP}/md.png).

[More details](javascript:alert(2)) are on the <iframe src="http://{TRAP}/frame"></iframe> council site.
"""


def test_a_planted_html_article_stays_text_and_nothing_leaves_the_machine(browser, server, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server)
    page.wait_for_selector("#question textarea")
    upload(page, tmp_path / "quarry.md", PLANTED_HTML)
    answer = ask(page, "How many bus shelters did the Quarry Hill council approve?", "14")
    assert "[1]" in answer
    assert "<img" in page.inner_text("#sources")  # the markup is shown as text
    ask(page, "When does work start on the Quarry Hill shelters?", "")
    page.get_by_role("tab", name="Corpus").click()
    page.fill("#search textarea", "Quarry Hill bus shelters")
    page.press("#search textarea", "Enter")
    page.wait_for_function("() => document.querySelector('#listing').innerText.includes('Quarry Hill')")
    assert "<b>now</b>" in page.inner_text("#listing")
    page.wait_for_timeout(1000)
    panels = "#chat, #sources, #added, #overview, #listing"
    for tag in ("img", "script", "iframe", "b:text-is('now')"):
        assert page.locator(f":is({panels}) {tag}").count() == 0, tag
    assert page.locator(f":is({panels}) [href^='javascript'], :is({panels}) [onerror]").count() == 0
    assert TRAP not in page.evaluate(
        "() => [...document.querySelectorAll('[src],[href]')].map(e => e.src || e.href).join(' ')"
    )
    leaks = [u for u in requests if not u.startswith(("http://127.0.0.1", "data:", "blob:"))]
    print(f"{len(requests)} requests, {len(leaks)} left 127.0.0.1")
    assert requests and leaks == [], leaks


def test_date_pickers_take_a_date_and_answers_still_come(page):
    page.get_by_role("tab", name="Settings").click()
    page.fill("#as-of input", "2023-12-05")
    page.fill("#since input", "2023-12-01")
    page.press("#since input", "Enter")
    answer = ask(page, "How many documents were signed?", "seven")
    assert "[1]" in answer
    page.fill("#since input", "2024-01-01")  # after the only article: nothing to cite
    page.press("#since input", "Enter")
    ask(page, "How many documents were signed?", "does not say", sources=False)
    page.fill("#since input", "")
    page.press("#since input", "Enter")


def test_the_model_writes_the_reply_when_chosen_and_the_page_says_so(browser, server):
    page = open_page(browser, server)
    page.get_by_role("tab", name="Settings").click()
    page.get_by_label("The model, every sentence checked").check()
    answer = ask(page, "Why did Raisi go to Havana?", "havana")
    assert "[1]" in answer and "earlier this year" not in answer  # the model's sentence, not the quote
    assert "Written by SmolLM2" in page.inner_text("#speed")
    assert "visited Havana" in page.inner_text("#sources")
    page.close()
