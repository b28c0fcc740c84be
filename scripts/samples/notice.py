"""A PDF that is NOT an annual report: a department budget notice with a budget table, for the
parser's rejection test. It shares the look (title, numbered parts, ruled table, 万元 amounts)."""
from flow import Flow
from grid import Cell, Grid, figure

NOTICE_NAME = "notice-budget-2024"

ROWS = [  # (item, this year, last year) in 万元
    ("一、一般公共预算拨款收入", "1862.45", "1790.12"),
    ("二、政府性基金预算拨款收入", "240.00", "310.00"),
    ("三、事业收入", "96.30", "88.75"),
    ("四、其他收入", "12.00", "12.00"),
    ("收入合计", "2210.75", "2200.87"),
    ("一、文化旅游体育与传媒支出", "1935.18", "1912.40"),
    ("二、社会保障和就业支出", "168.27", "160.93"),
    ("三、卫生健康支出", "52.10", "75.10"),
    ("四、住房保障支出", "55.20", "52.44"),
    ("支出合计", "2210.75", "2200.87"),
]


def notice_pages():
    flow = Flow(running_header=None)
    flow.title(["松川区文化和旅游局", "2024年部门预算公开说明"])
    flow.heading("一、部门主要职责")
    flow.paragraph("松川区文化和旅游局负责全区文化、旅游、文物和体育事业的统筹规划与行业管理，组织实施公共文化服务体系建设，"
                   "指导文化市场综合执法，承担全区旅游资源普查、开发和宣传推广工作。")
    flow.heading("二、收支预算情况说明")
    flow.paragraph("按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。2024年收支总预算2210.75万元，比上年增加9.88万元，"
                   "主要原因是公共文化场馆免费开放补助标准提高。")
    cells = [Cell(0, 0, "项目"), Cell(0, 1, "2024年预算数（万元）"), Cell(0, 2, "2023年预算数（万元）")]
    for r, (item, now, before) in enumerate(ROWS, start=1):
        cells += [Cell(r, 0, item, align="left"), figure(r, 1, now), figure(r, 2, before)]
    flow.table(Grid([211.0, 120.0, 120.0], cells, header_rows=1, size=10.5, min_row=22.0), "budget table", True)
    flow.heading("三、“三公”经费预算情况")
    flow.paragraph("2024年“三公”经费预算18.60万元，其中因公出国（境）费0万元，公务用车购置及运行维护费11.20万元，公务接待费7.40万元，"
                   "比上年减少1.35万元，主要是严格控制公务接待规模。")
    flow.heading("四、名词解释")
    flow.paragraph("一般公共预算拨款收入：指区级财政当年拨付的资金。事业收入：指事业单位开展专业业务活动及其辅助活动所取得的收入。")
    flow.signature(["松川区文化和旅游局", "2024年2月6日"])
    return flow.finish()
