"""The explorer in headless Chromium (Debian's `chromium`, driven by Python playwright) against a real
`kg serve` of the sample article: search "Petro" → the actor page's timeline shows the sanction and the
order with their dates → clicking a neighbour in the graph adds its neighbours. No request leaves the
server, no console error, an injected label stays text. The actor page's screenshot is saved as
docs/serve.png when KG_UPDATE_SCREENSHOT=1.
"""

from __future__ import annotations

import json
import os
import shutil
import urllib.request
from urllib.parse import quote

import pytest

from kg.pipeline import build
from kg.rdf.store import open_store
from tests.browser import Watched
from tests.conftest import ROOT, SAMPLE
from tests.serve.conftest import Server
from tests.views.conftest import XSS_IMG, XSS_SCRIPT, second_extraction, xss_extraction
from tests.views.test_browser import png_size

pytestmark = pytest.mark.integration

PETRO = "https://kg.example.org/id/person/gustavo-petro"


@pytest.fixture(scope="module")
def live(tmp_path_factory, nlp):
    """`kg serve` over the sample article built by the real pipeline, plus a second and a hostile article."""
    path = tmp_path_factory.mktemp("browser") / "store"
    with open_store(path) as store:
        build([SAMPLE], store)
        store.add_extraction(second_extraction())
        store.add_extraction(xss_extraction())
    running = Server(path, tmp_path_factory.mktemp("log") / "serve.log")
    yield running
    running.stop()


class Visit(Watched):
    """A browser page on the live server, with its console errors and every request it made."""

    def __init__(self, browser, live: Server) -> None:
        super().__init__(browser)
        self.live = live

    def graph_ready(self) -> None:
        self.page.wait_for_selector("body[data-graph-ready=true]", state="attached", timeout=60_000)

    def click_node(self, iri: str) -> None:
        """A real mouse click on the node's position on the canvas."""
        x, y = self.js(
            f"""(() => {{ const net = window.kgGraph.network, id = {json.dumps(iri)};
                 const p = net.canvasToDOM(net.getPositions([id])[id]);
                 const r = document.getElementById('kg-graph').getBoundingClientRect();
                 return [p.x + r.left, p.y + r.top]; }})()"""
        )
        self.page.mouse.click(x, y)

    def wait_until(self, condition: str, seconds: float = 30.0) -> None:
        """Poll a JS condition (wait_for_function would need 'unsafe-eval', which the CSP forbids)."""
        for _ in range(int(seconds * 10)):
            if self.js(condition):
                return
            self.page.wait_for_timeout(100)
        pytest.fail(f"still false after {seconds} s: {condition}")

    def check_clean(self) -> None:
        super().check_clean((self.live.url + "/", "data:", "about:"))


def network(live: Server, iri: str) -> set[str]:
    with urllib.request.urlopen(f"{live.url}/api/network?iri={quote(iri, safe='')}", timeout=60) as answer:
        return {node["id"] for node in json.load(answer)["nodes"]}


def test_search_actor_page_timeline_and_graph_expansion(browser, live, tmp_path):
    visit = Visit(browser, live)
    page = visit.page
    try:
        page.goto(live.url + "/")
        page.locator("#kg-q").press_sequentially("Petro", delay=30)
        # the person, not "Gustavo Petro family", whom the suggestions list too
        suggestion = page.locator("#kg-suggest li", has_text="Gustavo Petro").filter(has_not_text="family")
        suggestion.wait_for(state="visible", timeout=30_000)
        suggestion.click()
        page.wait_for_url("**/actor?iri=*", timeout=30_000)
        assert page.inner_text("#kg-actor") == "Gustavo Petro"

        dated = page.eval_on_selector_all(
            "#kg-timeline > li",
            "items => items.map(li => [li.querySelector('time').textContent, li.querySelector('.kg-event').dataset.class])",
        )
        assert ["2025-10-24", "Sanction"] in dated and ["2025-11-11", "Order"] in dated
        assert dated.index(["2025-10-24", "Sanction"]) < dated.index(["2025-11-11", "Order"])
        assert page.locator("#kg-undated li").count() >= 1

        visit.graph_ready()
        shown = set(visit.js("window.kgGraph.nodes.getIds()"))
        assert PETRO in shown and len(shown) >= 3
        # a neighbour whose own network holds actors not drawn yet
        neighbour = next(n for n in sorted(shown - {PETRO}) if network(live, n) - shown)
        visit.click_node(neighbour)
        visit.wait_until(f"window.kgGraph.nodes.length > {len(shown)}")
        grown = set(visit.js("window.kgGraph.nodes.getIds()"))
        assert grown > shown and grown - shown <= network(live, neighbour)
        assert "new node" in page.inner_text("#kg-graph-status")
        visit.check_clean()

        shot = tmp_path / "serve.png"
        page.mouse.move(700, 5)  # no tooltip over the picture
        page.wait_for_timeout(300)
        page.screenshot(path=str(shot))
    finally:
        page.close()
    assert png_size(shot) == (1400, 900) and shot.stat().st_size > 50_000  # a drawn page, not a blank one
    if os.environ.get("KG_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(shot, ROOT / "docs" / "serve.png")


def test_injected_labels_stay_text(browser, live):
    visit = Visit(browser, live)
    page = visit.page
    try:
        page.goto(live.url + "/")
        page.locator("#kg-q").press_sequentially("<img", delay=30)
        # under load the list may still show the answer to "<" (both hostile labels) for a moment
        page.wait_for_function(
            "() => { const li = [...document.querySelectorAll('#kg-suggest li')];"
            " return li.length > 0 && li.every(x => x.innerText.includes('<img')); }",
            timeout=30_000,
        )
        suggestion = page.locator("#kg-suggest li").first
        assert XSS_IMG in suggestion.inner_text()
        suggestion.click()
        page.wait_for_url("**/actor?iri=*", timeout=30_000)
        assert page.inner_text("#kg-actor") == XSS_IMG
        visit.graph_ready()
        labels = visit.js("window.kgGraph.nodes.get().map(n => n.kgName)")
        assert XSS_IMG in labels and XSS_SCRIPT in labels
        assert visit.js("document.querySelectorAll('img, svg, iframe').length") == 0
        page.goto(live.url + "/article?doc=xss")
        assert XSS_SCRIPT in page.inner_text("main")
        visit.check_clean()
    finally:
        page.close()
