/**
 * Bar chart of current DTTS cadres against the 2030 and 2035 minimums per commune.
 * Chart.js is loaded only when there are results to draw.
 */
import type { CommuneQuota } from '../../lib/quota/engine';

export const CHART_LIMIT = 40;

export async function drawQuotaChart(canvas: HTMLCanvasElement, results: readonly CommuneQuota[]): Promise<() => void> {
  const { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } = await import('chart.js');
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
  const shown = results.slice(0, CHART_LIMIT);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: shown.map((r) => r.name),
      datasets: [
        { label: 'Hiện có', data: shown.map((r) => r.current), backgroundColor: '#4a4a4a' },
        { label: 'Tối thiểu năm 2030', data: shown.map((r) => r.targets[2030].minimum), backgroundColor: '#0b4f9c' },
        { label: 'Tối thiểu năm 2035', data: shown.map((r) => r.targets[2035].minimum), backgroundColor: '#8b1a1a' },
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  return () => chart.destroy();
}
