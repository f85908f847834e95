// What every baseline page shares: it fetches the same report JSON as the dashboard and
// shows the same first view (title, key figures, the first chart and its table), with the
// same three interactions (select a category with the arrow keys, switch report, switch
// language). Only the drawing differs: Chart.js, ECharts, or a bare canvas.

const REPORTS = ['reports/dongguan-hr-2015.json', 'reports/shanghai-gov-office-2019.json', 'reports/hongze-2024.json'];
const WORDS = {
  zh: { proactive: '主动公开', received: '新收申请', reconsideration: '行政复议', litigation: '行政诉讼', item: '类别', count: '数量', notReported: '未报告', other: 'English', groups: ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'] },
  en: { proactive: 'Published', received: 'Requests received', reconsideration: 'Reconsideration', litigation: 'Litigation', item: 'Category', count: 'Count', notReported: 'not reported', other: '中文', groups: ['Disclosed', 'In part', 'Withheld', 'Unavailable', 'Not processed', 'Other'] },
};
const GROUP_ROWS = [
  ['disclosed'], ['partially_disclosed'],
  ['withheld_state_secret', 'withheld_prohibited_by_law', 'withheld_three_safeties_one_stability', 'withheld_third_party_rights', 'withheld_internal_affairs', 'withheld_process_information', 'withheld_enforcement_files', 'withheld_inquiry_matters'],
  ['unavailable_not_held', 'unavailable_needs_creation', 'unavailable_still_unclear'],
  ['not_processed_petitions_complaints', 'not_processed_repeated', 'not_processed_publications', 'not_processed_excessive', 'not_processed_confirmation'],
  ['other_handling', 'other_no_correction', 'other_unpaid_fees', 'other_other'],
];

const value = (f) => (f == null ? null : typeof f === 'number' ? f : Number(f.value));

/** The first chart's items: the first breakdown of what was published, or table 2's groups. */
function items(report, lang) {
  const b = report.proactive?.breakdowns?.[0];
  if (b) return b.items.map((i) => ({ label: i.label, value: value(i.count) }));
  const t = report.requests?.table2 ?? {};
  return GROUP_ROWS.map((rows, g) => {
    const cells = rows.map((r) => t[r]?.[6]).filter((v) => v != null);
    return { label: WORDS[lang].groups[g], value: cells.length ? cells.reduce((a, b) => a + b, 0) : null };
  });
}

function keyFigures(report) {
  const t2 = report.requests?.table2;
  const t3 = report.appeals?.table3;
  return {
    proactive: value(report.proactive?.breakdowns?.[0]?.total),
    received: t2 ? t2.received?.[6] : value(report.requests?.received),
    reconsideration: t3 ? t3.reconsideration?.[4] : value(report.appeals?.reconsideration),
    litigation: t3 ? (t3.litigation_direct?.[4] ?? 0) + (t3.litigation_after_reconsideration?.[4] ?? 0) : value(report.appeals?.litigation),
  };
}

export function start(draw) {
  const state = { lang: 'zh', path: REPORTS[0], selected: null, cache: new Map(), chart: null };
  const root = document.getElementById('app');
  root.innerHTML = `
    <header><button id="lang" type="button"></button>
      <select id="report" aria-label="report">${REPORTS.map((p) => `<option>${p}</option>`).join('')}</select></header>
    <h1 id="title"></h1><dl id="figures"></dl>
    <div class="chart-frame" tabindex="0"></div>
    <table><thead><tr><th id="h-item"></th><th id="h-count"></th></tr></thead><tbody id="rows"></tbody></table>`;
  const frame = root.querySelector('.chart-frame');

  async function load(path) {
    if (!state.cache.has(path)) state.cache.set(path, await (await fetch(path)).json());
    return state.cache.get(path);
  }

  function render(report) {
    const w = WORDS[state.lang];
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    root.querySelector('#lang').textContent = w.other;
    root.querySelector('#title').textContent = report.title;
    const k = keyFigures(report);
    root.querySelector('#figures').innerHTML = '';
    for (const key of ['proactive', 'received', 'reconsideration', 'litigation']) {
      const dt = document.createElement('dt');
      dt.textContent = w[key];
      const dd = document.createElement('dd');
      dd.textContent = k[key] == null ? w.notReported : String(k[key]);
      root.querySelector('#figures').append(dt, dd);
    }
    const list = items(report, state.lang);
    root.querySelector('#h-item').textContent = w.item;
    root.querySelector('#h-count').textContent = w.count;
    const body = root.querySelector('#rows');
    body.innerHTML = '';
    list.forEach((item, i) => {
      const tr = document.createElement('tr');
      if (i === state.selected) tr.className = 'selected';
      const a = document.createElement('td');
      a.textContent = item.label;
      const b = document.createElement('td');
      b.textContent = item.value == null ? w.notReported : String(item.value);
      tr.append(a, b);
      body.append(tr);
    });
    state.items = list;
    state.chart = draw(frame, list, state.selected, state.chart);
  }

  frame.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown') return;
    const n = state.items.length;
    state.selected = state.selected == null ? 0 : (state.selected + 1) % n;
    render(state.cache.get(state.path));
  });
  root.querySelector('#lang').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    render(state.cache.get(state.path));
  });
  root.querySelector('#report').addEventListener('change', async (e) => {
    state.path = e.target.value;
    state.selected = null;
    render(await load(state.path));
  });
  load(state.path).then((report) => {
    render(report);
    // The end of the frame that shows it: a message posted in the frame's callbacks runs
    // after its style, layout and paint (as bench/run.mjs times the dashboard's).
    requestAnimationFrame(() => {
      const c = new MessageChannel();
      c.port1.onmessage = () => { window.__firstChart = performance.now(); };
      c.port2.postMessage(0);
    });
  });
}
