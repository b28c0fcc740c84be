"""Builds the grids of parts 二, 三 and 四 from a report's printed cell texts."""
from formats import PROACTIVE, REVIEW_ROWS, outcome_groups
from grid import Cell, Grid, figure

TABLE_WIDTH = 451.0


def proactive_grid(report):
    """Part 二: bands 第二十条第（x）项, each with its own header line and rows; no repeated header."""
    widths = [150.0, 100.0, 100.0, 101.0]
    cells, r = [], 0
    for band, headers, rows, spans in PROACTIVE[report.template]:
        cells.append(Cell(r, 0, band, col_span=4))
        col = 0
        for i, header in enumerate(headers):
            span = 1 if i == 0 else spans[i - 1]
            cells.append(Cell(r + 1, col, header, col_span=span))
            col += span
        r += 2
        for key, label, columns in rows:
            cells.append(Cell(r, 0, label, align="left"))
            col = 1
            for column, span in zip(columns, spans):
                cells.append(figure(r, col, report.proactive[key][column], col_span=span))
                col += span
            r += 1
    return Grid(widths, cells, size=10.5, min_row=21.0)


def applications_grid(report):
    """Part 三: three header rows (申请人情况 / 自然人, 法人或其他组织, 总计 / the five kinds of body),
    narrow applicant columns so 自然人 and 社会公益组织 wrap inside their cells, and the outcome rows
    under a vertical 三、本年度办理结果 spanning all of them."""
    widths = [22.0, 70.0, 149.0] + [30.0] * 7
    social = report.social_label
    cells = [
        Cell(0, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", row_span=3, col_span=3),
        Cell(0, 3, "申请人情况", col_span=7),
        Cell(1, 3, "自然人", row_span=2), Cell(1, 4, "法人或其他组织", col_span=5), Cell(1, 9, "总计", row_span=2),
    ] + [Cell(2, 4 + i, label) for i, label in enumerate(["商业企业", "科研机构", social, "法律服务机构", "其他"])]
    r = 3

    def values(key):
        for i, text in enumerate(report.applications[key]):
            cells.append(figure(r, 3 + i, text))

    for key, label in [("newReceived", "一、本年新收政府信息公开申请数量"), ("carriedOver", "二、上年结转政府信息公开申请数量")]:
        cells.append(Cell(r, 0, label, col_span=3, align="left"))
        values(key)
        r += 1
    first_outcome = r
    for prefix, group, subs in outcome_groups(report.split_other_handling):
        if not subs:
            cells.append(Cell(r, 1, group, col_span=2, align="left"))
            values(prefix)
            r += 1
            continue
        cells.append(Cell(r, 1, group, row_span=len(subs)))
        for suffix, label in subs:
            cells.append(Cell(r, 2, label, align="left"))
            values(f"{prefix}.{suffix}")
            r += 1
    cells.append(Cell(r, 1, "（七）总计", col_span=2, align="left"))
    values("total")
    r += 1
    cells.append(Cell(first_outcome, 0, "三、本年度办理结果", row_span=r - first_outcome, vertical=True))
    cells.append(Cell(r, 0, "四、结转下年度继续办理", col_span=3, align="left"))
    values("carriedForward")
    return Grid(widths, cells, header_rows=3, size=8.5, min_row=16.0)


def review_grid(report):
    """Part 四: 行政复议 / 行政诉讼 over two header rows, one row of fifteen figures."""
    cells = [Cell(0, 0, "行政复议", col_span=5), Cell(0, 5, "行政诉讼", col_span=10)]
    for i, label in enumerate(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]):
        cells.append(Cell(1, i, label, row_span=2))
    cells += [Cell(1, 5, "未经复议直接起诉", col_span=5), Cell(1, 10, "复议后起诉", col_span=5)]
    for i, label in enumerate(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2):
        cells.append(Cell(2, 5 + i, label))
    for block, key in enumerate(REVIEW_ROWS):
        for i, text in enumerate(report.review[key]):
            cells.append(figure(3, 5 * block + i, text))
    return Grid([TABLE_WIDTH / 15] * 15, cells, header_rows=3, size=9.0, min_row=20.0)
