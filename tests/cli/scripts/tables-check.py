"""tables-check.py DIR [WORKBOOK SHEET=CSV...] - check the forms of the
tables in DIR against each other:

- datapackage.json names exactly the columns of each CSV file it lists,
  in order, and every cell parses as its declared type (integer, number;
  "" the only missing value), with the primary key unique;
- each sheet of the workbook (DIR/framing.xlsx, or WORKBOOK with the
  sheets and CSV files given) holds the CSV's cells: text as strings
  equal to the CSV's (less the formula guard), integers and numbers as
  numbers equal to the CSV's, empty cells where the CSV has none; its
  header bold and frozen, an autofilter over the table.

Prints what is wrong and exits 1; 77 without openpyxl."""
import csv
import json
import math
import os
import sys

try:
    import openpyxl
except ImportError:
    sys.exit(77)

bad = []


def fail(msg):
    bad.append(msg)


def unguard(s):
    """S as written before the CSV formula guard."""
    if len(s) >= 2 and s[0] == "'" and s[1] in "=+-@\t\r":
        return s[1:]
    return s


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def check_package(d):
    """The types of datapackage.json in D: {table: [type, ...]}."""
    with open(os.path.join(d, "datapackage.json"), encoding="utf-8") as f:
        pkg = json.load(f)
    types = {}
    for res in pkg["resources"]:
        rows = read_csv(os.path.join(d, res["path"]))
        schema = res["schema"]
        names = [f["name"] for f in schema["fields"]]
        if rows[0] != names:
            fail(f"{res['path']}: header {rows[0]} but datapackage.json says {names}")
        if schema.get("missingValues") != [""]:
            fail(f"{res['path']}: missingValues {schema.get('missingValues')}")
        kinds = [f["type"] for f in schema["fields"]]
        for i, row in enumerate(rows[1:], 2):
            if len(row) != len(kinds):
                fail(f"{res['path']}:{i}: {len(row)} cells for {len(kinds)} fields")
                continue
            for v, k, n in zip(row, kinds, names):
                if v == "" or k == "string":
                    continue
                # Table Schema's INF: pairs.csv's ratio_high with no
                # upper bound (framing-report(5), pairs.csv).
                if k == "number" and v == "inf" and n == "ratio_high":
                    continue
                try:
                    x = int(v) if k == "integer" else float(v)
                    if k == "number" and not math.isfinite(x):
                        raise ValueError
                except ValueError:
                    fail(f"{res['path']}:{i}: {n} = {v!r} is no {k}")
        key = schema.get("primaryKey")
        if key:
            idx = [names.index(k) for k in key]
            seen = set()
            for row in rows[1:]:
                t = tuple(row[j] for j in idx)
                if t in seen:
                    fail(f"{res['path']}: primary key {key} repeats {t}")
                seen.add(t)
        types[res["name"]] = kinds
    listed = {r["path"] for r in pkg["resources"]}
    csvs = {f for f in os.listdir(d) if f.endswith(".csv")}
    if listed != csvs:
        fail(f"datapackage.json lists {sorted(listed)}, the folder has {sorted(csvs)}")
    return types


def check_sheet(ws, rows, types, name):
    if ws.freeze_panes != "A2":
        fail(f"{name}: frozen at {ws.freeze_panes}")
    last = openpyxl.utils.get_column_letter(len(rows[0]))
    if ws.auto_filter.ref != f"A1:{last}{max(len(rows), 2)}":
        fail(f"{name}: autofilter {ws.auto_filter.ref}")
    got = list(ws.iter_rows(min_row=1, max_row=ws.max_row))
    if len(got) != len(rows):
        fail(f"{name}: {len(got)} rows, the CSV has {len(rows)}")
    for c, h in zip(got[0], rows[0]):
        if c.value != h or not c.font.b:
            fail(f"{name}: header {c.value!r} (bold {c.font.b}), CSV {h!r}")
    for r, (cells, row) in enumerate(zip(got[1:], rows[1:]), 2):
        cells = list(cells) + [None] * (len(row) - len(cells))
        for c, v, k in zip(cells, row, types):
            x = c.value if c is not None else None
            where = f"{name}!{openpyxl.utils.get_column_letter(row.index(v) + 1)}{r}"
            if v == "":
                if x is not None:
                    fail(f"{where}: {x!r}, the CSV has an empty cell")
            elif k == "string":
                if not isinstance(x, str) or x != unguard(v):
                    fail(f"{where}: {x!r}, the CSV has text {v!r}")
            elif k == "integer":
                if not isinstance(x, (int, float)) or isinstance(x, bool) \
                        or x != int(v) or c.number_format != "0":
                    fail(f"{where}: {x!r} ({c.number_format}), the CSV has {v}")
            elif v == "inf":
                if x != "inf":  # no number is infinite in a workbook
                    fail(f"{where}: {x!r}, the CSV has inf")
            elif not isinstance(x, (int, float)) or x != float(v):
                fail(f"{where}: {x!r}, the CSV has {v}")


def main():
    d = sys.argv[1]
    types = check_package(d) if os.path.exists(os.path.join(d, "datapackage.json")) else {}
    if len(sys.argv) > 2:
        book, pairs = sys.argv[2], [a.split("=", 1) for a in sys.argv[3:]]
    else:
        book = os.path.join(d, "framing.xlsx")
        pairs = [(t, t + ".csv") for t in types]
    wb = openpyxl.load_workbook(book)
    want = ["About"] + [s for s, _ in pairs]
    if wb.sheetnames != want:
        fail(f"{book}: sheets {wb.sheetnames}, want {want}")
    for sheet, path in pairs:
        rows = read_csv(os.path.join(d, path))
        kinds = types.get(sheet) or [None] * len(rows[0])
        if kinds[0] is None:
            # No package (kwic): the integer column is negated, the rest text.
            kinds = ["integer" if h == "negated" else "string" for h in rows[0]]
        if sheet in wb.sheetnames:
            check_sheet(wb[sheet], rows, kinds, sheet)
    for m in bad[:40]:
        print(m)
    sys.exit(1 if bad else 0)


main()
