import { describe, expect, it } from 'vitest';
import { axisTicks, niceMax, scaleBars } from '../src/pages/workspace/chart-scale';

describe('chart scaling', () => {
  it('rounds the axis up to a nice maximum', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(-3)).toBe(1);
    expect(niceMax(Number.NaN)).toBe(1);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(18)).toBe(20);
    expect(niceMax(21)).toBe(25);
    expect(niceMax(311)).toBe(500);
    expect(niceMax(66.67)).toBe(100);
    expect(niceMax(0.4)).toBe(0.5);
  });

  it('puts ticks at round steps', () => {
    expect(axisTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(axisTicks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(axisTicks(25)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(axisTicks(500)).toEqual([0, 100, 200, 300, 400, 500]);
  });

  it('scales bars against the maximum, missing values without a bar', () => {
    const { max, bars } = scaleBars([
      { label: 'a', value: 4 },
      { label: 'b', value: 1 },
      { label: 'c', value: null },
      { label: 'd', value: 0 },
    ]);
    expect(max).toBe(5);
    expect(bars.map((b) => b.fraction)).toEqual([0.8, 0.2, 0, 0]);
    expect(bars.map((b) => b.label)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('copes with no values at all', () => {
    expect(scaleBars([])).toEqual({ max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], bars: [] });
  });
});
