"""The office samples: invented agencies, prose and figures (fixed seeds), each a .docx made from the
official template's tables and rendered by LibreOffice. Each varies the document the way agencies'
Word/WPS/LibreOffice files do (see `covers`). `set` puts a sample in the calibration set (developers may
look at it while tuning) or the measurement set (only scored)."""
from dataclasses import dataclass, field

import figures
from printed import PrintedReport
from figures import proactive_2019 as _proactive_2019, proactive_2021 as _proactive_2021

from . import prose
from .docx import Style


@dataclass
class OfficeSample:
    report: PrintedReport
    date: str  # the sign-off date, also the documents' creation date (YYYY-MM-DD)
    set: str  # "calibration" or "measure"
    style: Style = field(default_factory=Style)
    tight: bool = False  # ~15 pt rows, 10 pt text, no top/bottom cell margins, text at the bottom
    narrow_review: bool = False  # part 四's columns so narrow that its labels wrap one character per line
    landscape_review: bool = False  # part 四 in a landscape section of its own
    page_numbers: str = None  # "emdash" (— 5 —), "hyphen" (- 5 -), "chinese" (第 5 页) or None
    filled_borders: bool = False  # LO's stroked borders rewritten as thin filled rectangles
    bold_subheadings: bool = False
    covers: list = field(default_factory=list)
    landscape_applications: bool = False  # part 三 in a landscape section of its own
    part3_new_page: bool = False  # a page break before part 三's heading
    claims: list = field(default_factory=list)  # page layout verify.py checks: part2_break, part4_break, tables_share_page
    holdout: bool = False  # added after the pipeline's rules were written: scored, never tuned on


CHECK_NOTE = "checks: the arithmetic of every table adds up as printed."


def heyang():
    return OfficeSample(
        report=PrintedReport(
            name="office-heyang-finance-2022", agency="和阳市财政局", year=2022, template="2021",
            title_lines=["和阳市财政局2022年政府信息公开工作年度报告"],
            overview=prose.HEYANG_OVERVIEW, problems=prose.HEYANG_PROBLEMS, other=prose.HEYANG_OTHER,
            proactive=_proactive_2021(["0", "0", "0"], ["4", "2", "31"], "46", "12", "0", "0"),
            applications=figures.applications(3022_1, 18, True), review=figures.review(3022_2, 3),
            signature=["和阳市财政局", "2023年1月18日"], repeat_header=False,
            notes=["title: one line. Fonts: WenQuanYi Zen Hei for all text; 16 pt body, 10 pt tables, the template's "
                   "own row heights and cell margins (baseline).",
                   "overview: (一) and (二) stand alone and are their own paragraphs; (三), (四) run into theirs.",
                   "other: the closing agency name and date are not part of part 六's text."]),
        date="2023-01-18", set="calibration", page_numbers="hyphen",
        covers=["baseline: 2021 format, portrait, the template's normal rows",
                "（六）其他处理 as three sub-rows", "no running header, '- N -' page numbers", "signature with date"])


def lanxi():
    return OfficeSample(
        report=PrintedReport(
            name="office-lanxi-housing-2023", agency="兰溪区住房和城乡建设局", year=2023, template="2021",
            title_lines=["兰溪区住房和城乡建设局", "2023年政府信息公开工作年度报告"],
            overview=prose.LANXI_OVERVIEW, problems=prose.LANXI_PROBLEMS, other=prose.LANXI_OTHER,
            proactive=_proactive_2021(["0", "0", "0"], ["2", "0", "15"], "2318", "64", "7", "3.25"),
            applications=figures.applications(3023_1, 40, False), review=figures.review(3023_2, 5),
            running_header="兰溪区住房和城乡建设局", split_other_handling=False, repeat_header=False,
            signature=["兰溪区住房和城乡建设局", "2024年1月22日"],
            notes=["title: printed on two lines (agency / year and the rest), joined without whitespace.",
                   "tables: tight rows (10 pt text in rows of about 15 pt, no top/bottom cell margins, text at the "
                   "bottom of its cell); part 四 is on a landscape page (its own section), the rest portrait.",
                   "part 三: a 2021-format table printing （六）其他处理 as one row -> otherHandling.",
                   "running header 兰溪区住房和城乡建设局 on every page; page numbers as '— N —'.",
                   "part 二: 行政事业性收费 prints 3.25 -> fees.amount 3.25."]),
        date="2024-01-22", set="calibration", tight=True, landscape_review=True, page_numbers="emdash",
        style=Style(latin_font="DejaVu Serif", body_size=30, table_size=20),
        covers=["tight rows (10 pt in ~15 pt rows, text at the cell bottom)", "part 四 on a landscape page",
                "running header, '— N —' page numbers", "single （六）其他处理 row",
                "Latin digits in DejaVu Serif, CJK in WenQuanYi Zen Hei"])


def shiqiao():
    return OfficeSample(
        report=PrintedReport(
            name="office-shiqiao-education-2020", agency="石桥县教育局", year=2020, template="2019",
            title_lines=["石桥县教育局2020年政府信息公开工作年度报告"],
            overview=prose.SHIQIAO_OVERVIEW, problems=prose.SHIQIAO_PROBLEMS, other=prose.SHIQIAO_OTHER,
            proactive=_proactive_2019(["0", "0", "0"], ["3", "3", "22"], ["14", "+2", "1265"], ["6", "0", "318"],
                                      ["4", "-1", "9"], ["0", "0", "0"], ["3", "0"], ["41", "865.30"]),
            applications=figures.applications(3020_1, 22, False), review=figures.review(3020_2, 3),
            signature=["石桥县教育局", "2021年1月25日"], split_other_handling=False,
            notes=["title: one line.",
                   "template 2019: part 二 built from the 2021 template's rows with the 2019 format's labels "
                   "(本年新制作数量/本年新公开数量/对外公开总数量; 上一年项目数量/本年增/减/处理决定数量; 政府集中采购); "
                   "part 三 prints （六）其他处理 as one row -> otherHandling.",
                   "part 二: 本年增/减 is signed ('+2' -> 2, '-1' -> -1); 采购总金额 865.30 -> procurement.amount 865.3.",
                   "part 三: the table runs over a page break and Word's 'repeat as header row' repeats its three "
                   "header rows on the next page.",
                   "part 四: columns so narrow that 结果维持, 总计 etc. wrap one character per line.",
                   "borders: LibreOffice's stroked border lines rewritten as filled rectangles of the same width.",
                   "other: the closing agency name and date are not part of part 六's text."]),
        date="2021-01-25", set="calibration", narrow_review=True, page_numbers="chinese", filled_borders=True,
        bold_subheadings=True,
        covers=["2019 format (part 二 rebuilt from the template's rows with the 2019 labels; single （六） row)",
                "part 三 over a page break with its header rows repeated (w:tblHeader)",
                "part 四's header cells one character per line", "borders as filled rectangles", "'第 N 页' page numbers",
                "bold subsection headings"])


def fengcheng():
    apps = figures.applications(4022_1, 35, True)
    # deliberately wrong as printed: 本年新收 自然人 one too many, its row total follows (so only the balance fails)
    apps["newReceived"][0] = str(int(apps["newReceived"][0]) + 1)
    apps["newReceived"][6] = str(int(apps["newReceived"][6]) + 1)
    return OfficeSample(
        report=PrintedReport(
            name="office-fengcheng-water-2022", agency="枫城市水利局", year=2022, template="2021",
            title_lines=["枫城市水利局", "2022年政府信息公开工作年度报告"],
            overview=prose.FENGCHENG_OVERVIEW, problems=prose.FENGCHENG_PROBLEMS, other=prose.FENGCHENG_OTHER,
            proactive=_proactive_2021(["0", "0", "0"], ["5", "3", "42"], "312", "57", "4", "0"),
            applications=apps, review=figures.review(4022_2, 4),
            running_header="枫城市水利局政府信息公开工作年度报告", signature=["枫城市水利局", "2023年1月12日"],
            notes=["title: printed on two lines, joined without whitespace.",
                   "part 三: the table runs over a page break with its three header rows repeated; （六）其他处理 "
                   "has its three sub-rows.",
                   "part 三: deliberately wrong as printed: 一、本年新收 自然人 (and its 总计) is one more than the "
                   "balance allows, so applications.balance.naturalPerson and .total fail.",
                   "part 四: columns so narrow that its labels wrap one character per line.",
                   "running header on every page, '— N —' page numbers.",
                   "other: the closing agency name and date are not part of part 六's text."]),
        date="2023-01-12", set="measure", narrow_review=True, page_numbers="emdash",
        style=Style(body_size=30, table_size=20),
        covers=["part 三 over a page break with header rows repeated", "part 四 one character per line",
                "running header, '— N —' page numbers", "part 三 balance wrong (checks fail)",
                "（六）其他处理 as three sub-rows"])


def baiyun():
    return OfficeSample(
        report=PrintedReport(
            name="office-baiyun-culture-2023", agency="白云县文化广电和旅游局", year=2023, template="2021",
            title_lines=["白云县文化广电和旅游局2023年政府信息公开工作年度报告"],
            overview=prose.BAIYUN_OVERVIEW, problems=prose.BAIYUN_PROBLEMS, other=prose.BAIYUN_OTHER,
            proactive=_proactive_2021(["/", "/", "/"], ["1", "0", "7"], "186", "23", "0", "0"),
            applications=figures.applications(4023_1, 10, True), review=figures.review(4023_2, 2),
            signature=["白云县文化广电和旅游局", "2024年1月30日"], repeat_header=False,
            notes=["title: one line.",
                   "tables: tight rows (10 pt text in rows of about 15 pt, text at the bottom); borders drawn as "
                   "filled rectangles (LibreOffice's strokes rewritten), not stroked lines.",
                   "part 二: the bureau has no rule-making power and prints '/' in the 规章 row -> regulations all null.",
                   "other: the closing agency name and date are not part of part 六's text."]),
        date="2024-01-30", set="measure", tight=True, filled_borders=True, page_numbers="hyphen",
        style=Style(latin_font="DejaVu Serif", body_size=32, table_size=21),
        covers=["borders as filled rectangles", "tight rows (10.5 pt in ~15 pt rows)", "'/' cells (规章 row)",
                "（六）其他处理 as three sub-rows", "'- N -' page numbers, no running header"])


def jinshan():
    review = figures.review(4019_2, 5)
    review["review"][4] = str(int(review["review"][4]) + 1)  # deliberately wrong total, kept as printed
    return OfficeSample(
        report=PrintedReport(
            name="office-jinshan-health-2019", agency="金山区卫生健康委员会", year=2019, template="2019",
            title_lines=["金山区卫生健康委员会", "2019年政府信息公开工作年度报告"],
            overview=prose.JINSHAN_OVERVIEW, problems=prose.JINSHAN_PROBLEMS, other=prose.JINSHAN_OTHER,
            proactive=_proactive_2019(["0", "0", "0"], ["2", "2", "19"], ["27", "-3", "2140"], ["11", "+1", "386"],
                                      ["6", "0", "73"], ["2", "0", "5"], ["1", "-1"], ["17", "126.45"]),
            applications=figures.applications(4019_1, 28, False), review=review,
            running_header="金山区卫生健康委员会", split_other_handling=False, repeat_header=False,
            notes=["title: printed on two lines, joined without whitespace.",
                   "template 2019: part 二 built from the 2021 template's rows with the 2019 labels; single "
                   "（六）其他处理 row.",
                   "tables: tight rows; part 四 on a landscape page of its own.",
                   "part 四: deliberately wrong as printed: 行政复议 总计 is one more than its four results.",
                   "running header on every page, '第 N 页' page numbers; no signature."]),
        date="2020-01-21", set="measure", tight=True, landscape_review=True, page_numbers="chinese",
        style=Style(latin_font="DejaVu Serif", body_size=30, table_size=20),
        covers=["2019 format", "part 四 on a landscape page", "tight rows", "part 四 total wrong (checks fail)",
                "running header, '第 N 页' page numbers, no signature"])


def chengnan():
    return OfficeSample(
        report=PrintedReport(
            name="office-chengnan-street-2021", agency="城南街道办事处", year=2021, template="2021",
            title_lines=["城南街道办事处2021年政府信息公开工作年度报告"],
            overview=prose.CHENGNAN_OVERVIEW, problems=prose.CHENGNAN_PROBLEMS, other=prose.CHENGNAN_OTHER,
            proactive=_proactive_2021(["0", "0", "0"], ["0", "0", "3"], "0", "15", "0", "0"),
            applications=figures.applications(4021_1, 8, False), review=figures.review(4021_2, 1),
            running_header="城南街道办事处", split_other_handling=False, social_label="社会组织",
            signature=["城南街道办事处", "2022年1月14日"],
            notes=["title: one line.",
                   "part 三: （六）其他处理 as a single row -> otherHandling; the header prints 社会组织 -> socialWelfare; "
                   "the table runs over a page break with its header rows repeated.",
                   "part 四 on a landscape page; borders drawn as filled rectangles.",
                   "running header, '— N —' page numbers.",
                   "other: the closing agency name and date are not part of part 六's text."]),
        date="2022-01-14", set="measure", landscape_review=True, filled_borders=True, page_numbers="emdash",
        style=Style(body_size=32, table_size=20),
        covers=["part 四 on a landscape page", "borders as filled rectangles", "single （六） row and 社会组织",
                "part 三 over a page break with header rows repeated", "running header, '— N —' page numbers"])


def yuhu():
    return OfficeSample(
        report=PrintedReport(
            name="office-yuhu-agriculture-2024", agency="雨湖市农业农村局", year=2024, template="2021",
            title_lines=["雨湖市农业农村局2024年政府信息公开工作年度报告"],
            overview=prose.YUHU_OVERVIEW, problems=prose.YUHU_PROBLEMS, other=prose.YUHU_OTHER,
            proactive=_proactive_2021(["0", "0", "0"], ["6", "5", "38"], "892", "146", "21", "0"),
            applications=figures.applications(4024_1, 30, False), review=figures.review(4024_2, 4),
            signature=["雨湖市农业农村局", "2025年1月17日"], split_other_handling=False, repeat_header=False,
            notes=["title: one line.",
                   "portrait, the template's normal rows; part 三 prints （六）其他处理 as one row and runs over a page "
                   "break WITHOUT repeating its header rows.",
                   "Latin text and digits in DejaVu Serif, CJK in WenQuanYi Zen Hei; '— N —' page numbers, no header.",
                   "other: the closing agency name and date are not part of part 六's text."]),
        date="2025-01-17", set="measure", page_numbers="emdash", bold_subheadings=True,
        style=Style(latin_font="DejaVu Serif", body_size=32, table_size=20),
        covers=["portrait with normal rows", "single （六）其他处理 row (vs three in office-heyang)",
                "part 三 over a page break without repeated header", "'— N —' page numbers, no running header"])


# ---------------------------------------------------------------- holdout batch
# Added after the pipeline's rules were written (measure set: scored, never tuned on). Each varies what the
# samples above do not: other agencies' kinds, preface, line spacing, justified text, page-number forms,
# thousands separators, larger and all-zero counts, and where the tables fall on the pages.

def qingshui():
    return OfficeSample(
        report=PrintedReport(
            name="office-qingshui-govoffice-2024", agency="青水县人民政府办公室", year=2024, template="2021",
            title_lines=["青水县人民政府办公室2024年政府信息公开工作年度报告"],
            preface=prose.QINGSHUI_PREFACE,
            overview=prose.QINGSHUI_OVERVIEW, problems=prose.QINGSHUI_PROBLEMS, other=prose.QINGSHUI_OTHER,
            proactive=_proactive_2021(["0", "0", "0"], ["9", "4", "63"], "1,268", "0", "0", "3.50"),
            applications=figures.applications(5024_1, 800, True), review=figures.review(5024_2, 24),
            signature=["2025年1月24日"], repeat_header=False,
            notes=["title: one line. A preface paragraph before 一、总体情况 (not part of the overview).",
                   "part 二: 行政许可 prints 1,268 (thousands separator) -> licensing.decisions 1268; 行政事业性收费 "
                   "prints 3.50 -> fees.amount 3.5.",
                   "part 三: counts in the hundreds and thousands (3-4 digits in the 自然人 and 总计 columns).",
                   "no running header; page numbers '第 N 页 共 M 页' (PAGE and NUMPAGES fields).",
                   "sign-off: a date line only (no agency name, no seal); not part of part 六's text."]),
        date="2025-01-24", set="measure", page_numbers="of_total", holdout=True,
        covers=["人民政府办公室 as the agency, 2024", "preface paragraph before 一", "'1,268' with a thousands "
                "separator and a fee of 3.50 in part 二", "part 三 counts of 3-4 digits", "'第 N 页 共 M 页' page "
                "numbers, no running header", "sign-off: a date line only"])


def taoyuan():
    return OfficeSample(
        report=PrintedReport(
            name="office-taoyuan-street-2023", agency="桃源街道办事处", year=2023, template="2021",
            title_lines=["桃源街道办事处", "2023年政府信息公开工作年度报告"],
            overview=prose.TAOYUAN_OVERVIEW, problems=prose.TAOYUAN_PROBLEMS, other=prose.TAOYUAN_OTHER,
            proactive=_proactive_2021(["0", "0", "0"], ["0", "0", "0"], "0", "0", "0", "0"),
            applications=figures.applications(5023_1, 0, False), review=figures.review(5023_2, 0),
            signature=["桃源街道办事处", "2024年1月10日"], split_other_handling=False, repeat_header=False,
            notes=["title: printed on two lines, joined without whitespace.",
                   "body text justified (w:jc both) at a fixed 28 pt line spacing; subsections （一）…（四） run into "
                   "their paragraphs.",
                   "every number of parts 二, 三 and 四 is 0 (the office received no requests).",
                   "part 二: the table runs from page 1 to page 2 (no repeated header).",
                   "part 三: （六）其他处理 as one row -> otherHandling.",
                   "no running header; page numbers 'N / M' (PAGE and NUMPAGES fields).",
                   "other: the closing agency name and date are not part of part 六's text."]),
        date="2024-01-10", set="measure", page_numbers="slash", holdout=True, claims=["part2_break"],
        style=Style(body_size=32, table_size=20, body_line=560, justify=True),
        covers=["justified body text", "28 pt fixed line spacing", "（一）…（四） run into their paragraphs",
                "all figures 0", "part 二's table over a page break", "single （六）其他处理 row",
                "'N / M' page numbers, no running header"])


def longquan():
    return OfficeSample(
        report=PrintedReport(
            name="office-longquan-civil-2020", agency="龙泉县民政局", year=2020, template="2019",
            title_lines=["龙泉县民政局2020年政府信息公开工作年度报告"],
            overview=prose.LONGQUAN_OVERVIEW, problems=prose.LONGQUAN_PROBLEMS, other=prose.LONGQUAN_OTHER,
            proactive=_proactive_2019(["0", "0", "0"], ["4", "4", "57"], ["18", "+1", "1,436"], ["9", "-2", "2,075"],
                                      ["3", "0", "12"], ["1", "0", "0"], ["2", "-1"], ["6", "286.50"]),
            applications=figures.applications(5020_1, 64, False), review=figures.review(5020_2, 3),
            running_header="龙泉县民政局政府信息公开工作年度报告", signature=["龙泉县民政局", "2021年1月20日"],
            split_other_handling=False, repeat_header=False,
            notes=["title: one line.",
                   "template 2019 for year 2020: part 二 built from the 2021 template's rows with the 2019 labels; "
                   "single （六）其他处理 row.",
                   "part 二: 处理决定数量 prints 1,436 and 2,075 (thousands separators) -> 1436, 2075; 本年增/减 signed; "
                   "采购总金额 286.50 -> procurement.amount 286.5.",
                   "part 三 on landscape pages (its own section, over a page break), the rest portrait; body text "
                   "at 1.5 lines.",
                   "running header on every page, '— N —' page numbers.",
                   "other: the closing agency name and date are not part of part 六's text."]),
        date="2021-01-20", set="measure", landscape_applications=True, page_numbers="emdash", holdout=True,
        style=Style(body_size=30, table_size=20, body_line=360, body_line_rule="auto"),
        covers=["2019 format for year 2020", "part 三 on landscape pages (a section of its own)", "1.5 line spacing",
                "thousands separators in the 2019 part 二 (1,436; 2,075), amount 286.50",
                "running header, '— N —' page numbers"])


def liutang():
    return OfficeSample(
        report=PrintedReport(
            name="office-liutang-market-2022", agency="柳塘市市场监督管理局", year=2022, template="2021",
            title_lines=["柳塘市市场监督管理局", "2022年政府信息公开工作年度报告"],
            overview=prose.LIUTANG_OVERVIEW, problems=prose.LIUTANG_PROBLEMS, other=prose.LIUTANG_OTHER,
            proactive=_proactive_2021(["0", "0", "0"], ["3", "7", "41"], "3742", "1156", "218", "12.60"),
            applications=figures.applications(5022_1, 150, True), review=figures.review(5022_2, 9),
            running_header="柳塘市市场监督管理局", signature=["柳塘市市场监督管理局", "2023年1月16日"],
            repeat_header=False,
            notes=["title: printed on two lines, joined without whitespace.",
                   "part 二: the table runs over a page break (no repeated header); 4-digit counts without separators "
                   "(3742, 1156); 行政事业性收费 12.60 -> fees.amount 12.6.",
                   "part 三: counts in the hundreds; （六）其他处理 as three sub-rows.",
                   "running header on every page, '- N -' page numbers.",
                   "other: the closing agency name and date are not part of part 六's text."]),
        date="2023-01-16", set="measure", page_numbers="hyphen", holdout=True, claims=["part2_break"],
        style=Style(body_size=32, table_size=20),
        covers=["part 二's table over a page break", "4-digit counts in part 二 without separators, fee 12.60",
                "part 三 counts in the hundreds", "（六）其他处理 as three sub-rows", "running header, '- N -' page numbers"])


def dongling():
    return OfficeSample(
        report=PrintedReport(
            name="office-dongling-town-2021", agency="东岭镇人民政府", year=2021, template="2021",
            title_lines=["东岭镇人民政府2021年政府信息公开工作年度报告"],
            overview=prose.DONGLING_OVERVIEW, problems=prose.DONGLING_PROBLEMS, other=prose.DONGLING_OTHER,
            proactive=_proactive_2021(["/", "/", "/"], ["0", "0", "4"], "27", "3", "0", "0"),
            applications=figures.applications(5021_1, 14, False), review=figures.review(5021_2, 2),
            signature=["东岭镇人民政府", "2022年1月19日"], repeat_header=False, split_other_handling=False,
            notes=["title: one line.",
                   "part 二: '/' in the 规章 row (a town makes no rules) -> regulations all null.",
                   "tables: tight rows; part 三 starts on a new page (page break before its heading) and parts 三 "
                   "and 四 share that page; part 三 prints （六）其他处理 as one row -> otherHandling.",
                   "Latin text and digits in DejaVu Serif; no running header, '第 N 页' page numbers.",
                   "other: the closing agency name and date are not part of part 六's text."]),
        date="2022-01-19", set="measure", page_numbers="chinese", holdout=True, claims=["tables_share_page"],
        tight=True, part3_new_page=True,
        style=Style(latin_font="DejaVu Serif", body_size=30, table_size=20),
        covers=["镇人民政府 as the agency", "parts 三 and 四 whole on one page (page break before 三)", "tight rows",
                "'/' cells (规章 row)", "single （六）其他处理 row", "'第 N 页' page numbers, no running header"])


def nanhu():
    return OfficeSample(
        report=PrintedReport(
            name="office-nanhu-audit-2023", agency="南湖区审计局", year=2023, template="2021",
            title_lines=["南湖区审计局2023年政府信息公开工作年度报告"],
            overview=prose.NANHU_OVERVIEW, problems=prose.NANHU_PROBLEMS, other=prose.NANHU_OTHER,
            proactive=_proactive_2021(["0", "0", "0"], ["1", "0", "6"], "0", "0", "0", "0"),
            applications=figures.applications(5123_1, 6, True), review=figures.review(5123_2, 1),
            signature=["南湖区审计局", "2024年1月29日"], repeat_header=False,
            notes=["title: one line.",
                   "tables: tight rows; part 三 starts on a new page (page break before its heading); part 四's "
                   "three header rows end that page and its data row starts the next.",
                   "no running header and no page numbers.",
                   "other: the closing agency name and date are not part of part 六's text."]),
        date="2024-01-29", set="measure", tight=True, part3_new_page=True, holdout=True,
        claims=["part4_break"], bold_subheadings=True,
        style=Style(body_size=32, table_size=20),
        covers=["part 三 on a new page (page break before its heading)", "part 四 split over two pages (header "
                "rows / data row)", "tight rows", "（六）其他处理 as three sub-rows", "bold subsection headings",
                "no running header, no page numbers"])


HOLDOUT = [qingshui, taoyuan, longquan, liutang, dongling, nanhu]

SAMPLES = [heyang, lanxi, shiqiao, fengcheng, baiyun, jinshan, chengnan, yuhu] + HOLDOUT
