// Baseline: the first view drawn with Chart.js (tree-shaken: the bar chart only).
import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import { start } from './common.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

start((frame, items, selected, chart) => {
  const colours = items.map((_, i) => (i === selected ? '#b43c1e' : '#2f6fb3'));
  if (chart) {
    chart.data.labels = items.map((i) => i.label);
    chart.data.datasets[0].data = items.map((i) => i.value ?? 0);
    chart.data.datasets[0].backgroundColor = colours;
    chart.update('none');
    return chart;
  }
  const canvas = document.createElement('canvas');
  frame.append(canvas);
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: items.map((i) => i.label), datasets: [{ data: items.map((i) => i.value ?? 0), backgroundColor: colours }] },
    options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false },
  });
});
