import { describe, expect, it } from 'vitest';
import { fileFieldPatch, formFileFields } from '../src/pages/applications/form-files';

const file = (title: string, types: string[]) => ({ type: 'object', title, properties: { fileId: { type: 'string' }, fileName: { type: 'string' }, mimeType: { type: 'string', enum: types } } });
const schema = {
  type: 'object',
  properties: {
    reason: { type: 'string', title: 'Причина' },
    photo: file('Фотография', ['image/jpeg']),
    extra: { type: 'array', title: 'Другие документы', items: file('Документ', ['application/pdf', 'image/png']) },
  },
};

describe('form file fields', () => {
  it('finds the top-level file fields, single and lists, with accepted types', () => {
    expect(formFileFields(schema)).toEqual([
      { name: 'photo', title: 'Фотография', multiple: false, accept: ['image/jpeg'] },
      { name: 'extra', title: 'Другие документы', multiple: true, accept: ['application/pdf', 'image/png'] },
    ]);
    expect(formFileFields(null)).toEqual([]);
  });

  it('replaces a single file and appends to a list (a merge patch replaces arrays whole)', () => {
    const [photo, extra] = formFileFields(schema);
    const added = { fileId: 'new', fileName: 'new.pdf', mimeType: 'application/pdf' };
    const formData = { photo: { fileId: 'old' }, extra: [{ fileId: 'x', fileName: 'x.pdf', mimeType: 'application/pdf' }] };
    expect(fileFieldPatch(photo, formData, added)).toEqual({ photo: added });
    expect(fileFieldPatch(extra, formData, added)).toEqual({ extra: [formData.extra[0], added] });
    expect(fileFieldPatch(extra, {}, added)).toEqual({ extra: [added] });
  });
});
