// The floor: the first view drawn on a bare canvas, no library.
import { start } from './common.js';

start((frame, items, selected, canvas) => {
  if (!canvas) {
    canvas = document.createElement('canvas');
    frame.append(canvas);
  }
  const ratio = window.devicePixelRatio || 1;
  const width = frame.clientWidth;
  const row = 38;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${row * items.length + 12}px`;
  canvas.width = width * ratio;
  canvas.height = (row * items.length + 12) * ratio;
  const g = canvas.getContext('2d');
  g.scale(ratio, ratio);
  g.font = '14px sans-serif';
  g.textBaseline = 'middle';
  const max = Math.max(1, ...items.map((i) => i.value ?? 0));
  const left = 120;
  items.forEach((item, i) => {
    const y = 6 + row * i;
    g.fillStyle = '#1f2328';
    g.fillText(item.label, 4, y + row / 2);
    g.fillStyle = i === selected ? '#b43c1e' : '#2f6fb3';
    g.fillRect(left, y + 7, ((width - left - 80) * (item.value ?? 0)) / max, 24);
    g.fillStyle = '#1f2328';
    g.fillText(item.value == null ? '—' : String(item.value), left + ((width - left - 80) * (item.value ?? 0)) / max + 6, y + row / 2);
  });
  return canvas;
});
