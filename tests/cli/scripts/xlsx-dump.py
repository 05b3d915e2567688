"""xlsx-dump.py - print the cells of a workbook as text, one a line:
SHEET!CELL TYPE VALUE (tab-separated; TYPE is openpyxl's: s for a
string, n for a number), then per sheet its frozen cell, autofilter and
number formats, for the tests to compare.  With --portable, the About
sheet's rows that name the machine (command, lexicons: paths) are left
out.  Needs openpyxl; exits 77 when it is missing."""
import sys

try:
    import openpyxl
except ImportError:
    sys.exit(77)


def main():
    args = sys.argv[1:]
    portable = "--portable" in args
    path = [a for a in args if a != "--portable"][0]
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        print(f"{ws.title}\tfreeze={ws.freeze_panes}\tfilter={ws.auto_filter.ref}")
        for row in ws.iter_rows():
            if portable and ws.title == "About" and row[0].value in ("command", "lexicons"):
                continue
            for c in row:
                if c.value is None:
                    continue
                print(f"{ws.title}!{c.coordinate}\t{c.data_type}\t{c.number_format}\t"
                      f"{c.font.b}\t{c.value!r}")


main()
