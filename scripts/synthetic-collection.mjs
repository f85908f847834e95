#!/usr/bin/env node
// Writes a SYNTHETIC collection for scale tests and benchmarks: an index.json of `count`
// made-up reports and the report files, derived from the Hongze 2024 report with every count
// scaled, so each report's own identities and the cross-year checks still hold. Everything
// it writes says SYNTHETIC (the collection, each entry, each title and source note). It is
// written outside public/ and never bundled as real reports.
//
//   node scripts/synthetic-collection.mjs --count 1000 --out /tmp/ndbg-synthetic/1000
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const PROVINCES = [
  ['江苏省', ['南京市', '苏州市', '淮安市', '徐州市']],
  ['广东省', ['广州市', '深圳市', '东莞市', '佛山市']],
  ['浙江省', ['杭州市', '宁波市', '温州市']],
  ['四川省', ['成都市', '绵阳市']],
  ['广西壮族自治区', ['南宁市', '桂林市']],
  ['上海市', ['浦东新区', '徐汇区']],
  ['河南省', ['郑州市', '洛阳市', '开封市']],
];
const DEPARTMENTS = ['人民政府', '人力资源和社会保障局', '生态环境局', '市场监督管理局', '教育局', '交通运输局', '卫生健康委员会', '住房和城乡建设局'];
const YEARS = [2024, 2023, 2022, 2021, 2020];

function args() {
  const out = { count: 1000, out: null };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--count') out.count = Number(argv[i + 1]);
    else if (argv[i] === '--out') out.out = argv[i + 1];
  }
  if (!Number.isInteger(out.count) || out.count < 1 || !out.out) {
    console.error('usage: synthetic-collection.mjs --count N --out DIR');
    process.exit(2);
  }
  return out;
}

const scaleRow = (row, k) => row.map((v) => (v === null ? null : v * k));

/** The report of body `b` for year index `y` (0 = newest). */
function report(template, b, y, body, region) {
  const year = YEARS[y];
  const k = 1 + ((b * 7 + y * 3) % 11);
  const r = structuredClone(template);
  r.title = `【合成数据 SYNTHETIC】${body}${year}年政府信息公开工作年度报告`;
  r.body = { name: body, level: 'county', region };
  r.year = year;
  r.period = { start: `${year}-01-01`, end: `${year}-12-31` };
  r.source = { note: 'SYNTHETIC: made up by scripts/synthetic-collection.mjs for scale tests and benchmarks; not a real report.' };
  for (const key of Object.keys(r.requests.table2)) r.requests.table2[key] = scaleRow(r.requests.table2[key], k);
  for (const key of Object.keys(r.appeals.table3)) r.appeals.table3[key] = scaleRow(r.appeals.table3[key], k);
  const t1 = r.proactive.table1.edition_2021;
  // Documents in force grow by what each year made, so I6 holds between years.
  const age = YEARS.length - 1 - y;
  t1.normative_documents = { made: 3, abolished: 0, in_force: 8 + 3 * age };
  t1.licensing_decisions *= k;
  t1.penalty_decisions *= k;
  delete r.figures;
  return r;
}

const { count, out } = args();
const dir = resolve(out);
const template = JSON.parse(await readFile(new URL('../public/reports/hongze-2024.json', import.meta.url), 'utf8'));
await mkdir(join(dir, 'reports'), { recursive: true });
const reports = [];
// At least 50 bodies (so 50 can be compared), each with up to five years.
const bodies = Math.max(Math.min(count, 50), Math.ceil(count / YEARS.length));
for (let i = 0; i < count; i++) {
  const b = i % bodies;
  const y = Math.floor(i / bodies);
  const [province, cities] = PROVINCES[b % PROVINCES.length];
  const city = cities[Math.floor(b / PROVINCES.length) % cities.length];
  const department = DEPARTMENTS[Math.floor(b / (PROVINCES.length * 4)) % DEPARTMENTS.length];
  const region = `${province}${city}`;
  const body = `合成${String(b).padStart(5, '0')}号${city}${department}`;
  const path = `reports/s${String(b).padStart(5, '0')}-${YEARS[y]}.json`;
  await writeFile(join(dir, path), JSON.stringify(report(template, b, y, body, region)));
  reports.push({ body, level: 'county', year: YEARS[y], region, report_format: 'standard_2021', path, synthetic: true });
}
await writeFile(join(dir, 'index.json'), JSON.stringify({ collection: `synthetic-${count}`, synthetic: true, reports }));
console.log(`wrote ${count} SYNTHETIC reports and index.json to ${dir}`);
