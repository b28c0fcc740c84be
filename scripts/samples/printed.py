"""What a sample report prints: its agency, prose and printed cell texts, whatever draws it (reportlab or
LibreOffice). record.py computes the expected record from these fields alone."""
from dataclasses import dataclass, field


@dataclass
class PrintedReport:
    name: str
    agency: str
    year: int
    template: str  # "2019" or "2021"
    title_lines: list
    overview: list  # [("h" | "p", text)]: "h" is a subsection heading on its own line
    problems: list
    other: list
    proactive: dict  # row key -> column key -> printed text
    applications: dict  # row key -> 7 printed texts
    review: dict  # row key -> 5 printed texts
    preface: list = field(default_factory=list)
    signature: list = field(default_factory=list)
    running_header: str = None
    repeat_header: bool = True  # part 三's header rows repeated on a continuation page
    split_other_handling: bool = True
    social_label: str = "社会公益组织"
    notes: list = field(default_factory=list)
