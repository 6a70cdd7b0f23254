import type { Metric, Registry } from 'prom-client';

/** A label value: strings, or small integers such as a status code (kept as numbers until exported). */
type LabelValue = string | number;

/** One labelled series: its count, sum and (for a histogram) per-bucket counts, not cumulative. */
export interface Cell {
  readonly values: readonly LabelValue[];
  count: number;
  sum: number;
  readonly buckets: Float64Array | undefined;
}

type Level = Map<LabelValue, Level | Cell>;

/**
 * Counters and histograms kept for the hot paths: each label combination's cell is found through
 * nested maps (no key string built, no object allocated once the cell exists) and only turned
 * into prom-client's shape when scraped. Up to three labels; values must come from bounded sets.
 */
export class Series {
  private readonly root: Level = new Map();
  private readonly cells: Cell[] = [];

  constructor(
    readonly labelNames: readonly string[],
    readonly buckets?: readonly number[],
  ) {
    if (labelNames.length > 3) throw new Error('a series takes at most three labels');
  }

  /** The cell of these label values (as many as `labelNames`), created on first use. */
  cell(a: LabelValue = '', b: LabelValue = '', c: LabelValue = ''): Cell {
    const depth = this.labelNames.length;
    let level = this.root;
    if (depth > 1) level = this.branch(level, a);
    if (depth > 2) level = this.branch(level, b);
    const last = depth <= 1 ? a : depth === 2 ? b : c;
    const found = level.get(last) as Cell | undefined;
    if (found) return found;
    const values = depth === 0 ? [] : depth === 1 ? [a] : depth === 2 ? [a, b] : [a, b, c];
    const cell: Cell = {
      values,
      count: 0,
      sum: 0,
      buckets: this.buckets ? new Float64Array(this.buckets.length) : undefined,
    };
    level.set(last, cell);
    this.cells.push(cell);
    return cell;
  }

  /** Counts one event, and for a histogram observes `value` (seconds, say). */
  observe(cell: Cell, value = 1): void {
    cell.count += 1;
    cell.sum += value;
    const { buckets } = cell;
    const bounds = this.buckets;
    if (!buckets || !bounds) return;
    for (let i = 0; i < bounds.length; i++) {
      if (value <= (bounds[i] as number)) {
        buckets[i] = (buckets[i] as number) + 1;
        return;
      }
    }
  }

  all(): readonly Cell[] {
    return this.cells;
  }

  private branch(level: Level, key: LabelValue): Level {
    let next = level.get(key) as Level | undefined;
    if (!next) {
      next = new Map();
      level.set(key, next);
    }
    return next;
  }

  labelsOf(cell: Cell): Record<string, string> {
    const labels: Record<string, string> = {};
    this.labelNames.forEach((name, index) => {
      labels[name] = String(cell.values[index]);
    });
    return labels;
  }
}

interface Described {
  name: string;
  help: string;
}

/** A counter read from a series' counts, in the shape prom-client's registry formats and aggregates. */
export function counterOf(series: Series, { name, help }: Described): Metric {
  const get = async () => ({
    name,
    help,
    type: 'counter',
    aggregator: 'sum',
    values: series.all().map((cell) => ({ labels: series.labelsOf(cell), value: cell.count })),
  });
  return { name, help, type: 'counter', aggregator: 'sum', get } as unknown as Metric;
}

/** A histogram (cumulative buckets, `_sum`, `_count`) read from a series with buckets. */
export function histogramOf(series: Series, { name, help }: Described): Metric {
  const bounds = series.buckets ?? [];
  const get = async () => {
    const values: Array<{ labels: Record<string, string | number>; value: number; metricName: string }> = [];
    for (const cell of series.all()) {
      const labels = series.labelsOf(cell);
      let cumulative = 0;
      bounds.forEach((le, index) => {
        cumulative += cell.buckets?.[index] ?? 0;
        values.push({ labels: { ...labels, le }, value: cumulative, metricName: `${name}_bucket` });
      });
      values.push({ labels: { ...labels, le: '+Inf' }, value: cell.count, metricName: `${name}_bucket` });
      values.push({ labels, value: cell.sum, metricName: `${name}_sum` });
      values.push({ labels, value: cell.count, metricName: `${name}_count` });
    }
    return { name, help, type: 'histogram', aggregator: 'sum', values };
  };
  return { name, help, type: 'histogram', aggregator: 'sum', get } as unknown as Metric;
}

export function register(registry: Registry, ...metrics: Metric[]): void {
  for (const metric of metrics) registry.registerMetric(metric);
}
