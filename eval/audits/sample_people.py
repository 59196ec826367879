"""Draw Person nodes at random from `kg extract --format jsonl` output, for the corpus-scale audit.

    kg extract ../shared/corpus/bbc_news/bbc_news.jsonl --format jsonl > corpus.jsonl
    python eval/audits/sample_people.py corpus.jsonl 50 2026 > people_sample.jsonl

Each line is one Person node (id, label, and one sentence that mentions it, to judge by) with an empty
"verdict" to fill in: "right" when the node is one person and its label is a clean name.
"""

from __future__ import annotations

import json
import random
import sys


def main(path: str, n: int, seed: int) -> None:
    people: dict[str, dict] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for part in (rec["subject"], rec["object"]):
                if part.get("type") == "Person" and part["id"] not in people:
                    people[part["id"]] = {
                        "id": part["id"],
                        "label": part["label"],
                        "doc": rec["doc"],
                        "sentence": rec["sentence"],
                        "verdict": "",
                        "note": "",
                    }
    for row in random.Random(seed).sample(sorted(people.values(), key=lambda p: p["id"]), n):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
