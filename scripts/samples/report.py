"""One sample annual report: what it prints (prose, printed cell texts) and how it is laid out."""
from dataclasses import dataclass, field

from flow import Flow
from printed import PrintedReport
from formats import PART_HEADINGS
from tables import applications_grid, proactive_grid, review_grid


@dataclass
class Report(PrintedReport):
    """A reportlab sample: what it prints, and whether its tables are ruled."""
    ruled: bool = True
    covers: list = field(default_factory=list)  # what this sample is for, for Samples/README.md

    def layout(self):
        """Lays the report out; returns its pages and the notes on what crossed page breaks."""
        flow = Flow(running_header=self.running_header)
        flow.title(self.title_lines)
        for text in self.preface:
            flow.paragraph(text)
        self._section(flow, 0, self.overview)
        for part, grid in [(1, proactive_grid(self)), (2, applications_grid(self)), (3, review_grid(self))]:
            flow.heading(PART_HEADINGS[part], keep=grid.keep_height())
            repeat = self.repeat_header and part == 2
            flow.table(grid, f"part {'二三四'[part - 1]}'s table", repeat, self.ruled)
        self._section(flow, 4, self.problems)
        self._section(flow, 5, self.other)
        if self.signature:
            flow.signature(self.signature)
        return flow.finish(), flow.crossings

    def _section(self, flow, part, items):
        flow.heading(PART_HEADINGS[part])
        for i, (_, text) in enumerate(items, start=1):
            flow.paragraph(text, label=f"paragraph {i} of part {'一二三四五六'[part]}")
