/** The one table the bench prints: figure | measured | baseline(s) | ratio | target | met? */

export interface Row {
  figure: string;
  measured: string;
  baselines: string;
  ratio: string;
  target: string;
  /** null when the figure could not be measured. */
  met: boolean | null;
}

export function renderTable(rows: readonly Row[]): string {
  const head = ['figure', 'measured', 'baseline(s)', 'ratio', 'target', 'met?'];
  const cells = rows.map((r) => [r.figure, r.measured, r.baselines, r.ratio, r.target, r.met === null ? '—' : r.met ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => [...c[i]].length)));
  const line = (c: string[]) => '| ' + c.map((s, i) => s + ' '.repeat(widths[i] - [...s].length)).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...cells.map(line)].join('\n') + '\n';
}
