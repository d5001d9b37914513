import { readFileSync } from 'node:fs';
import path from 'node:path';
import { changelogSection, reviewContractChanges } from '../src/compose/contract-changes';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
const before = fixture('public-contract-before.graphql');
const after = fixture('public-contract-after.graphql');
const TODAY = '2026-12-03';

/** The "before" contract without one field of Service (and the description above it). */
const withoutField = (sdl: string, name: string) => {
  const field = new RegExp(`(\\n\\n  """[^"]*""")?\\n  ${name}:[^\\n]*`);
  expect(sdl).toMatch(field);
  return sdl.replace(field, '');
};

describe('breaking changes to the public contract', () => {
  it('refuses removing a field that was not deprecated', async () => {
    const review = await reviewContractChanges(before, withoutField(before, 'title'), TODAY);
    expect(review.refused).toEqual([expect.objectContaining({ level: 'BREAKING', path: 'Service.title' })]);
  });

  it('refuses removing a deprecated field before its removal date, or one deprecated without a date', async () => {
    const early = await reviewContractChanges(before, withoutField(before, 'legacyCode'), TODAY);
    expect(early.refused.map((c) => c.path)).toEqual(['Service.legacyCode']);
    const undated = await reviewContractChanges(before, withoutField(before, 'oldTitle'), TODAY);
    expect(undated.refused.map((c) => c.path)).toEqual(['Service.oldTitle']);
    // The removal date itself is not past yet.
    const onTheDay = await reviewContractChanges(before, withoutField(before, 'fee'), '2026-01-31');
    expect(onTheDay.refused.map((c) => c.path)).toEqual(['Service.fee']);
  });

  it('lets a deprecated field go once its date has passed, and logs it with additions', async () => {
    const review = await reviewContractChanges(before, after, TODAY);
    expect(review.refused).toEqual([]);
    expect(review.accepted).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'BREAKING', path: 'Service.fee', allowedBy: 'deprecated: Use feeKopecks. Removal after 2026-01-31.' }),
        expect.objectContaining({ level: 'NON_BREAKING', path: 'Service.durationMinutes' }),
        // A new enum value can surprise a client's exhaustive switch: logged as dangerous.
        expect.objectContaining({ level: 'DANGEROUS', path: 'Level.MUNICIPAL' }),
      ]),
    );
    const section = changelogSection(review.accepted, TODAY);
    expect(section).toContain('## 2026-12-03');
    expect(section).toMatch(/- \*\*Added \/ changed\*\* `Service.durationMinutes`: Field 'durationMinutes' was added/);
    expect(section).toContain('**Removed after deprecation** `Service.fee`');
    // The new field's description belongs to its addition: one line.
    expect(section.split('\n').filter((line) => line.includes('durationMinutes'))).toHaveLength(1);
  });

  it('logs nothing when the contract did not change', async () => {
    const review = await reviewContractChanges(before, before, TODAY);
    expect(review).toEqual({ refused: [], accepted: [] });
    expect(changelogSection(review.accepted, TODAY)).toBe('');
  });
});
