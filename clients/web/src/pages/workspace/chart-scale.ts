/** A "nice" axis maximum ≥ value: 1, 2, 2.5 or 5 times a power of ten (1 for 0 or less). */
export function niceMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (value <= step * power) return step * power;
  return 10 * power;
}

export interface ScaledBar {
  label: string;
  value: number | null;
  /** The bar's share of the full width, 0..1 (0 for a missing value). */
  fraction: number;
}

/** Bars against a nice maximum, in the given order; missing values get no bar. */
export function scaleBars(items: { label: string; value: number | null }[]): { max: number; ticks: number[]; bars: ScaledBar[] } {
  const max = niceMax(Math.max(0, ...items.map((i) => i.value ?? 0)));
  const ticks = axisTicks(max);
  return { max, ticks, bars: items.map((i) => ({ label: i.label, value: i.value, fraction: i.value == null || i.value <= 0 ? 0 : Math.min(1, i.value / max) })) };
}

/** Ticks from 0 to a nice maximum at round steps (max 1 → 0, 0.2, … 1; max 2 → 0, 0.5, … 2). */
export function axisTicks(max: number): number[] {
  const power = 10 ** Math.floor(Math.log10(max));
  const lead = Math.round((max / power) * 10) / 10;
  const divisions = lead === 2 ? 4 : 5;
  return Array.from({ length: divisions + 1 }, (_, i) => Math.round(((max * i) / divisions) * 1e6) / 1e6);
}
