// Baseline: the first view drawn with ECharts, tree-shaken to the bar chart, its grid and
// the canvas renderer.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { start } from './common.js';

echarts.use([BarChart, GridComponent, CanvasRenderer]);

start((frame, items, selected, chart) => {
  chart ??= echarts.init(frame);
  chart.setOption({
    animation: false,
    grid: { left: 100, right: 40, top: 10, bottom: 20 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: items.map((i) => i.label) },
    series: [{
      type: 'bar',
      data: items.map((item, i) => ({ value: item.value ?? 0, itemStyle: { color: i === selected ? '#b43c1e' : '#2f6fb3' } })),
      label: { show: true, position: 'right' },
    }],
  });
  return chart;
});
