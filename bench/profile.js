// Summarises the V8 CPU profiles a `--cpu-prof` server wrote: self time per package and per
// function, and inclusive time of Tessera's and oidc-provider's functions, as shares of the
// time the process was busy (idle samples left out), so a missed target points at a cause.
import fs from 'node:fs';
import path from 'node:path';

function where(url) {
  if (!url) return '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return url.replace(/^node:(internal\/)?/, 'node:');
  const own = /packages\/server\/dist\/(.+)$/.exec(url)?.[1];
  return own ? `tessera ${own}` : url.replace(/^file:\/\//, '');
}

const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);

function top(map, total, count) {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ticks]) => `  ${((ticks / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
}

/** Summary of the samples taken between `from` and `to` (monotonic µs; the whole run when absent). */
export function summarizeProfile(
  file,
  { from = 0, to = Number.POSITIVE_INFINITY, title = 'whole run' } = {},
  count = 25,
) {
  const { nodes, samples, timeDeltas, startTime } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const hitsById = new Map();
  let time = startTime;
  samples.forEach((id, i) => {
    time += timeDeltas[i];
    if (time >= from && time <= to) hitsById.set(id, (hitsById.get(id) ?? 0) + 1);
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = ({ callFrame }) =>
    `${callFrame.functionName || '(anonymous)'}  ${where(callFrame.url)}:${callFrame.lineNumber + 1}`;

  const selfByFunction = new Map();
  const selfByPackage = new Map();
  const inclusive = new Map();
  let busy = 0;
  for (const node of nodes) {
    const hits = hitsById.get(node.id) ?? 0;
    if (!hits || node.callFrame.functionName === '(idle)') continue;
    busy += hits;
    add(selfByFunction, label(node), hits);
    add(
      selfByPackage,
      where(node.callFrame.url)
        .replace(/^node:.*/, 'node core')
        .replace(/^tessera .*/, 'tessera'),
      hits,
    );
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id);
      const origin = where(frame.callFrame.url);
      if (!origin.startsWith('tessera') && origin !== 'oidc-provider') continue;
      const key = label(frame);
      if (!seen.has(key)) add(inclusive, key, hits);
      seen.add(key);
    }
  }
  return [
    `Profile of ${title}: ${path.basename(file)}, ${busy} busy samples`,
    'Self time by package (share of busy time):',
    ...top(selfByPackage, busy, 12),
    'Self time by function:',
    ...top(selfByFunction, busy, count),
    'Inclusive time, Tessera and oidc-provider functions:',
    ...top(inclusive, busy, count),
  ].join('\n');
}

/** One summary per scenario window (written beside the profile as .txt), or of the whole run. */
export function summarize(dir, windows = []) {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))) {
    const parts = windows.length ? windows.map((w) => ({ ...w, title: w.scenario })) : [{}];
    const text = parts.map((part) => summarizeProfile(path.join(dir, name), part)).join('\n\n');
    fs.writeFileSync(path.join(dir, `${name}.txt`), `${text}\n`);
    console.log(`\n${text}`);
  }
}

if (process.argv[2]) {
  const windowsFile = path.join(process.argv[2], 'windows.json');
  summarize(process.argv[2], fs.existsSync(windowsFile) ? JSON.parse(fs.readFileSync(windowsFile, 'utf8')) : []);
}
