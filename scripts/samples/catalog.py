"""The born-digital report samples: invented agencies and figures, each chosen to cover some of the
layouts real reports use (see `covers`). Figures come from fixed seeds, so reruns give the same files."""
import figures
import prose
from figures import proactive_2019 as _proactive_2019, proactive_2021 as _proactive_2021
from report import Report


def qinghe():
    return Report(
        name="qinghe-market-2022", agency="青禾县市场监督管理局", year=2022, template="2021",
        title_lines=["青禾县市场监督管理局", "2022年政府信息公开工作年度报告"],
        preface=prose.QINGHE_PREFACE, overview=prose.QINGHE_OVERVIEW,
        problems=prose.QINGHE_PROBLEMS, other=prose.QINGHE_OTHER,
        proactive=_proactive_2021(["/", "/", "/"], ["2", "1", "9"], "1268", "87", "15", "12.60"),
        applications=figures.applications(2022_1, 30, True), review=figures.review(2022_2, 4),
        signature=["青禾县市场监督管理局", "2023年1月16日"], running_header="青禾县人民政府信息公开专栏",
        notes=[
            "title: printed on two lines (agency / year and the rest), joined without whitespace.",
            "overview: the preface paragraph before 一、总体情况 is not part of overview. (一)主动公开情况 and "
            "(二)依申请公开情况 stand alone on their lines and are their own paragraphs; (三) and (四) run into their paragraphs.",
            "part 二: the department has no rule-making power and prints '/' in the 规章 row -> regulations all null. "
            "行政事业性收费 prints 12.60 -> fees.amount 12.6.",
            "other: the closing agency name and date (signature block, right-aligned) are not part of part 六's text.",
        ],
        covers=["2021 format, full rulings",
                "vertical 三、本年度办理结果 and merged （三）不予公开 cells", "wrapped labels and header cells",
                "'/' cells (规章 row)", "running header from page 2, -N- page numbers", "preface paragraph before 一",
                "signature block with date"],
    )


def yunling():
    return Report(
        name="yunling-resources-2019", agency="云岭市自然资源和规划局", year=2019, template="2019",
        title_lines=["云岭市自然资源和规划局", "2019年度政府信息公开工作年度报告"],
        overview=prose.YUNLING_OVERVIEW, problems=prose.YUNLING_PROBLEMS, other=prose.YUNLING_OTHER,
        proactive=_proactive_2019(["0", "0", "0"], ["4", "4", "27"], ["36", "+3", "412"], ["—", "—", "—"],
                                  ["18", "-2", "64"], ["5", "0", "7"], ["6", "-1"], ["24", "367.98万元"]),
        applications=figures.applications(2019_1, 45, False), review=figures.review(2019_2, 6),
        signature=["云岭市自然资源和规划局", "2020年1月20日"], repeat_header=False, split_other_handling=False,
        notes=[
            "title: printed on two lines (agency / 2019年度…), joined without whitespace.",
            "template 2019: part 二 uses 本年新制作数量/本年新公开数量/对外公开总数量, 上一年项目数量/本年增/减/处理决定数量 "
            "and 政府集中采购; part 三 prints （六）其他处理 as one row -> otherHandling.",
            "part 二: 其他对外管理服务事项 prints '—' in all three cells -> null. 本年增/减 is signed ('+3' -> 3, '-2' -> -2). "
            "政府集中采购 prints '367.98万元' -> procurement.amount 367.98.",
            "other: the closing agency name and date are not part of part 六's text.",
        ],
        covers=["2019 format (part 二 with 上一年项目数量/本年增/减, 政府集中采购; single （六）其他处理 row)",
                "amount printed as 367.98万元", "'—' cells", "signed changes (+3, -2)"],
    )


def songchuan():
    review = figures.review(2023_2, 5)
    review["review"][4] = str(int(review["review"][4]) + 2)  # deliberately wrong totals, kept as printed
    review["litigationAfterReview"][4] = "0"
    return Report(
        name="songchuan-district-2023", agency="松川区人民政府", year=2023, template="2021",
        title_lines=["松川区人民政府", "2023年政府信息公开工作年度报告"],
        preface=prose.SONGCHUAN_PREFACE, overview=prose.SONGCHUAN_OVERVIEW,
        problems=prose.SONGCHUAN_PROBLEMS, other=prose.SONGCHUAN_OTHER,
        proactive=_proactive_2021(["0", "0", "0"], ["11", "6", "74"], "3571", "1206", "94", "0"),
        applications=figures.applications(2023_1, 80, False), review=review,
        running_header="松川区人民政府门户网站  政府信息公开年度报告", repeat_header=False,
        split_other_handling=False, social_label="社会组织",
        notes=[
            "title: printed on two lines (agency / year and the rest), joined without whitespace.",
            "overview: the preface paragraph before 一、总体情况 is excluded. (三)政府信息管理情况 stands alone "
            "and is its own paragraph; (一), (二), (四) run into their paragraphs.",
            "part 三: a 2021-format table that prints （六）其他处理 as a single row -> otherHandling (no sub-rows); "
            "the header prints 社会组织 for 社会公益组织 -> socialWelfare.",
            "part 四: the totals are deliberately wrong as printed: 行政复议 总计 is 2 more than its four results, "
            "复议后起诉 总计 prints 0; values are kept as printed and the checks fail.",
        ],
        covers=["2021 format with a single （六）其他处理 row and 社会组织", "part 四 totals wrong (checks fail)",
                "running header, no signature"],
    )


def donglan():
    return Report(
        name="donglan-ecology-2021", agency="东澜市生态环境局", year=2021, template="2021",
        title_lines=["东澜市生态环境局", "2021年政府信息公开工作年度报告"],
        overview=prose.DONGLAN_OVERVIEW, problems=prose.DONGLAN_PROBLEMS, other=prose.DONGLAN_OTHER,
        proactive=_proactive_2021(["0", "0", "0"], ["3", "2", "18"], "356", "143", "12", "0"),
        applications=figures.applications(2021_1, 25, True), review=figures.review(2021_2, 3),
        signature=["东澜市生态环境局", "2022年1月25日"], ruled=False,
        notes=[
            "title: printed on two lines (agency / year and the rest), joined without whitespace.",
            "tables: drawn WITHOUT rulings; columns are given only by the alignment of the text.",
            "overview: (一)…(三) stand alone on their lines and are their own paragraphs; (四)监督保障 runs into its paragraph.",
            "other: the closing agency name and date are not part of part 六's text.",
        ],
        covers=["2021 format WITHOUT table rulings (columns by alignment only)",
                "part 三 with （六）其他处理 sub-rows", "no running header"],
    )


def baixi():
    return Report(
        name="baixi-transport-2020", agency="白溪县交通运输局", year=2020, template="2019",
        title_lines=["2020年白溪县交通运输局", "政府信息公开工作年度报告"],
        overview=prose.BAIXI_OVERVIEW, problems=prose.BAIXI_PROBLEMS, other=prose.BAIXI_OTHER,
        proactive=_proactive_2019(["0", "0", "0"], ["1", "1", "6"], ["12", "0", "385"], ["4", "+1", "27"],
                                  ["9", "0", "133"], ["0", "0", "0"], ["2", "0"], ["3", "58.60"]),
        applications=figures.applications(2020_1, 12, False), review=figures.review(2020_2, 2),
        running_header="白溪县交通运输局", signature=["白溪县交通运输局", "2021年1月29日"], split_other_handling=False,
        notes=[
            "title: printed on two lines with the year first ('2020年白溪县交通运输局' / '政府信息公开工作年度报告'); "
            "agency as printed in the title.",
            "template 2019 (year 2020): single （六）其他处理 row -> otherHandling.",
            "part 二: 政府集中采购 prints 58.60 (采购总金额, 万元) -> procurement.amount 58.6.",
            "other: the closing agency name and date are not part of part 六's text.",
        ],
        covers=["2019 format for year 2020, title with the year first", "running header", "small figures"],
    )


# qinghe() printed for 2022: 上年结转 (natural person .. other) and 结转下年度继续办理.
QINGHE_2022_CARRIED_OVER = [0, 2, 1, 2, 1, 2]
QINGHE_2022_CARRIED_FORWARD = [1, 0, 0, 1, 3, 0]


def qinghe_2021():
    return Report(
        name="qinghe-market-2021", agency="青禾县市场监督管理局", year=2021, template="2021",
        title_lines=["青禾县市场监督管理局", "2021年政府信息公开工作年度报告"],
        overview=prose.QINGHE_2021_OVERVIEW, problems=prose.QINGHE_2021_PROBLEMS, other=prose.QINGHE_2021_OTHER,
        proactive=_proactive_2021(["/", "/", "/"], ["1", "0", "8"], "1104", "72", "11", "9.80"),
        applications=figures.applications(2021_7, 26, True, carried_forward=QINGHE_2022_CARRIED_OVER),
        review=figures.review(2021_8, 3),
        signature=["青禾县市场监督管理局", "2022年1月14日"], running_header="青禾县人民政府信息公开专栏",
        notes=[
            "title: printed on two lines (agency / year and the rest), joined without whitespace.",
            "continuity: 结转下年度继续办理 equals 上年结转 of qinghe-market-2022 in every column (a consistent pair).",
        ],
        covers=["one agency in consecutive years: carried forward into 2022 as qinghe-market-2022 carries it over"],
    )


def qinghe_2023():
    # 法律服务机构 carried over 1 where qinghe-market-2022 carried forward 3: an inconsistent pair.
    carried_over = list(QINGHE_2022_CARRIED_FORWARD)
    carried_over[4] = 1
    return Report(
        name="qinghe-market-2023", agency="青禾县市场监督管理局", year=2023, template="2021",
        title_lines=["青禾县市场监督管理局", "2023年政府信息公开工作年度报告"],
        overview=prose.QINGHE_2023_OVERVIEW, problems=prose.QINGHE_2023_PROBLEMS, other=prose.QINGHE_2023_OTHER,
        proactive=_proactive_2021(["/", "/", "/"], ["2", "2", "8"], "1390", "95", "17", "14.25"),
        applications=figures.applications(2023_7, 32, True, carried_over=carried_over),
        review=figures.review(2023_8, 4),
        signature=["青禾县市场监督管理局", "2024年1月18日"], running_header="青禾县人民政府信息公开专栏",
        notes=[
            "title: printed on two lines (agency / year and the rest), joined without whitespace.",
            "continuity: 上年结转 of 法律服务机构 prints 1 (total 3) where qinghe-market-2022 carried forward 3 (total 5): "
            "an inconsistent pair; every other column matches.",
        ],
        covers=["one agency in consecutive years: 上年结转 not what qinghe-market-2022 carried forward"],
    )


REPORTS = [qinghe, yunling, songchuan, donglan, baixi, qinghe_2021, qinghe_2023]
