/** Line chart of the training trajectory: trained DTTS cadres year by year against the 2030 and 2035 targets. Chart.js loads only when drawn. */
import type { Trajectory } from '../../lib/quality/training';

export async function drawTrajectoryChart(canvas: HTMLCanvasElement, t: Trajectory): Promise<() => void> {
  const { Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip } = await import('chart.js');
  Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
  const years = [t.fromYear, ...t.years.map((y) => y.year)];
  const target = (year: number) => (year <= 2030 ? t.targets[2030].value : t.targets[2035].value);
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels: years.map(String),
      datasets: [
        { label: 'Đã đào tạo, bồi dưỡng (lũy kế)', data: [t.trainedNow, ...t.years.map((y) => y.trained)], borderColor: '#0b4f9c', backgroundColor: '#0b4f9c' },
        { label: 'Mức phải đạt (năm 2030, năm 2035)', data: years.map(target), borderColor: '#8b1a1a', backgroundColor: '#8b1a1a', borderDash: [6, 4], stepped: true },
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  return () => chart.destroy();
}
