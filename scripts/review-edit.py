#!/usr/bin/env python3
"""Edits one cell of a review sheet as a clerk would in WPS or Excel (openpyxl).

usage: review-edit.py SHEET.xlsx ITEM_ID COLUMN VALUE      (COLUMN: a header, e.g. 人员（姓名/职务/角色）)
       review-edit.py SHEET.xlsx --move-columns            (swap two columns: a sheet that must be refused)
"""
import sys

import openpyxl


def main():
    path = sys.argv[1]
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    if sys.argv[2] == "--move-columns":
        for row in ws.iter_rows():
            row[1].value, row[3].value = row[3].value, row[1].value
        wb.save(path)
        return 0
    item, column, value = sys.argv[2:5]
    header = [c.value for c in ws[1]]
    if column not in header:
        print(f"{path}: no column {column!r}", file=sys.stderr)
        return 1
    col = header.index(column) + 1
    for r in range(2, ws.max_row + 1):
        if ws.cell(row=r, column=1).value == item:
            ws.cell(row=r, column=col).value = value if value else None
            wb.save(path)
            print(f"{path}: {ws.title}!{ws.cell(row=r, column=col).coordinate} = {value!r}")
            return 0
    print(f"{path}: no item {item!r}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
