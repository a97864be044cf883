/**
 * The four charts, drawn with chart.js registered piece by piece (bar and line only) so the bundle carries
 * no unused chart types. Animations are off: a refresh shows the new figures at once, and screenshots
 * taken by the tests show what a person sees.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

export interface Series {
  labels: string[];
  /** null: the member did not answer; drawn as no bar and labelled so, never as zero. */
  values: (number | null)[];
}

const charts = new Map<string, Chart>();
const palette = { bar: '#2563eb', usd: '#0f766e', type: '#7c3aed', line: '#dc2626' };

function draw(canvasId: string, config: ChartConfiguration): void {
  const existing = charts.get(canvasId);
  if (existing) {
    existing.data = config.data;
    existing.update();
    return;
  }
  const canvas = document.getElementById(canvasId) as HTMLCanvasElement;
  charts.set(canvasId, new Chart(canvas, config));
}

const MAX_LABEL = 30;

function shortLabel(this: { getLabelForValue(value: number): string }, value: string | number): string {
  const label = this.getLabelForValue(Number(value));
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

const common = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false as const,
  plugins: { legend: { display: false } },
};

export function barChart(canvasId: string, series: Series, label: string, horizontal = false, color = palette.bar) {
  draw(canvasId, {
    type: 'bar',
    data: { labels: series.labels, datasets: [{ label, data: series.values, backgroundColor: color }] },
    options: {
      ...common,
      indexAxis: horizontal ? 'y' : 'x',
      scales: {
        [horizontal ? 'x' : 'y']: { beginAtZero: true },
        // long category names (scam types) are cut on the axis; the tooltip shows them whole
        [horizontal ? 'y' : 'x']: { ticks: { callback: shortLabel } },
      },
    },
  });
}

export function lineChart(canvasId: string, series: Series, label: string) {
  draw(canvasId, {
    type: 'line',
    data: {
      labels: series.labels,
      datasets: [
        { label, data: series.values, borderColor: palette.line, backgroundColor: palette.line, tension: 0.2 },
      ],
    },
    options: { ...common, scales: { y: { beginAtZero: true } } },
  });
}

export const colors = palette;
