"""`kg review`: people check a sample of facts; the graph learns how far to trust itself.

    items = draw(store, 50, seed=7)                    # stratified by article, repeatable
    record(store, [Verdict(items[0].fact, correct=False, reason="wrong-direction", reviewer="ana")])
    print("\\n".join(build_report(store).lines()))     # precision with 95 % Wilson intervals

Verdicts live in the store's verdict graph (`kg.rdf.verdicts`); facts judged wrong drop out of
views, exports and named queries unless those are asked to include them.
"""

from kg.rdf.verdicts import Verdict, orphans, record, verdicts
from kg.review.files import read_verdicts, verdict_from_record, write_sample
from kg.review.report import Report, build_report, wilson
from kg.review.sample import SampleItem, details, draw
from kg.review.session import Session, run_session

__all__ = [
    "Report",
    "SampleItem",
    "Session",
    "Verdict",
    "build_report",
    "details",
    "draw",
    "orphans",
    "read_verdicts",
    "record",
    "run_session",
    "verdict_from_record",
    "verdicts",
    "wilson",
    "write_sample",
]
