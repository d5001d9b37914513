import { describe, expect, it } from 'vitest';
import { bucketLabel } from '../src/pages/workspace/deadline';
import { workspaceMessages } from '../src/pages/workspace/messages';

describe('deadline bucket labels', () => {
  it('marks overdue and due-today as urgent, with words in both languages', () => {
    for (const bucket of ['OVERDUE', 'TODAY'] as const) expect(bucketLabel(bucket).urgent).toBe(true);
    for (const bucket of ['THIS_WEEK', 'LATER', null] as const) expect(bucketLabel(bucket).urgent).toBe(false);
    expect(workspaceMessages.ru[bucketLabel('OVERDUE').key]).toBe('Просрочено');
    expect(workspaceMessages.en[bucketLabel('TODAY').key]).toBe('Due today');
    expect(workspaceMessages.en[bucketLabel(undefined).key]).toBe('Closed');
  });

  it('never tells a bucket by colour alone: each has its own text and style', () => {
    const labels = (['OVERDUE', 'TODAY', 'THIS_WEEK', 'LATER'] as const).map(bucketLabel);
    expect(new Set(labels.map((l) => workspaceMessages.ru[l.key])).size).toBe(4);
    expect(new Set(labels.map((l) => l.className)).size).toBe(4);
  });

  it('has every text in both languages', () => {
    expect(Object.keys(workspaceMessages.en).sort()).toEqual(Object.keys(workspaceMessages.ru).sort());
    for (const text of [...Object.values(workspaceMessages.ru), ...Object.values(workspaceMessages.en)]) expect(text.trim()).not.toBe('');
  });
});
