"""How many cancellations in a labelled corpus get a booking date, and which (to check by hand).

    .venv/bin/python scripts/booking_dates.py ../shared/corpus/inbound

Prints one line per cancellation whose date was found (file, the message's Date, the `when`
and the first 100 characters of the text judged), then "found N of M cancellations".
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from responder.booking import find_booking
from responder.detect import detect
from responder.parse import parse_message


def main(folder: Path) -> None:
    with (folder / "labels.csv").open(encoding="utf-8") as labels:
        rows = [row for row in csv.DictReader(labels) if row["intent"] == "cancellation"]
    found = 0
    for row in rows:
        msg = parse_message((folder / row["file"]).read_bytes())
        detection = detect(msg)
        booking = find_booking(detection.text, detection.language, msg.date, ZoneInfo("UTC"),
                               subject=msg.subject)
        if booking is not None:
            found += 1
            sent = f"{msg.date:%a %Y-%m-%d %H:%M}" if msg.date else "-"
            text = " ".join(detection.text.split())[:100]
            print(f"{row['file']}\t{sent}\t{booking.summary}\t{text}")
    print(f"found {found} of {len(rows)} cancellations")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/inbound"))
