import { escapeHtml } from '../core/text/escape-html.js';

export interface BarSeries {
  name: string;
  color: string;
}

export interface BarGroup {
  label: string;
  /** One value (0..1, or null where the metric does not apply) per series, in series order. */
  values: (number | null)[];
}

const BAR = 14;
const GROUP_GAP = 18;
const LEFT = 34;
const TOP = 24;
const PLOT = 110;
const LABELS = 62;

/** A grouped bar chart of 0..1 scores as inline SVG: no script, no external assets. */
export function renderGroupedBars(title: string, series: BarSeries[], groups: BarGroup[]): string {
  const groupWidth = series.length * BAR + GROUP_GAP;
  // Room on the right for the last group's slanted label.
  const width = LEFT + groups.length * groupWidth + 56;
  const height = TOP + PLOT + LABELS;
  const y = (v: number) => TOP + PLOT - v * PLOT;
  const grid = [0, 0.5, 1]
    .map(
      (v) =>
        `<line x1="${LEFT}" x2="${width - 4}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>` +
        `<text x="${LEFT - 4}" y="${y(v) + 3}" text-anchor="end" font-size="9">${v}</text>`,
    )
    .join('');
  const bars = groups
    .map((group, g) => {
      const x0 = LEFT + g * groupWidth + GROUP_GAP / 2;
      const rects = group.values.map((value, s) => {
        const x = x0 + s * BAR;
        const tip = `<title>${escapeHtml(`${group.label} · ${series[s]!.name}: ${value === null ? 'n/a' : value.toFixed(3)}`)}</title>`;
        if (value === null)
          return `<text x="${x + BAR / 2}" y="${y(0) - 3}" text-anchor="middle" font-size="7" fill="#999">n/a${tip}</text>`;
        const h = Math.max(value * PLOT, 0.5);
        return `<rect x="${x}" y="${y(0) - h}" width="${BAR - 2}" height="${h}" fill="${series[s]!.color}">${tip}</rect>`;
      });
      const cx = x0 + (series.length * BAR) / 2;
      const label = `<text transform="translate(${cx},${y(0) + 10}) rotate(35)" font-size="10">${escapeHtml(group.label)}</text>`;
      return rects.join('') + label;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">` +
    `<text x="${LEFT}" y="14" font-size="12" font-weight="bold">${escapeHtml(title)}</text>${grid}${bars}</svg>`
  );
}
