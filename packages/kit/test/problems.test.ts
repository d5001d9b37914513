import { codedProblem, fillPlaceholders, localizeProblems, outcomeHelpers, type CodedProblem, type Outcome } from '../src/errors/problems';

type ShopCode = 'OUT_OF_STOCK' | 'TOO_MANY_ITEMS';
type ShopProblem = CodedProblem<ShopCode>;
const problem = codedProblem<ShopCode>;
const { success, failure } = outcomeHelpers<ShopProblem>();

const MESSAGES = {
  OUT_OF_STOCK: { ru: 'Товара нет', en: 'Out of stock' },
  TOO_MANY_ITEMS: { ru: 'Не более {limit} товаров, у вас {count}', en: 'At most {limit} items, you have {count} ({limit} max)' },
};

describe('problems and outcomes (one shape for every subgraph)', () => {
  it('makes a problem on a field, with params only when given', () => {
    expect(problem('items', 'TOO_MANY_ITEMS', { limit: 5 })).toEqual({ field: 'items', code: 'TOO_MANY_ITEMS', params: { limit: 5 } });
    expect(problem(null, 'OUT_OF_STOCK')).toStrictEqual({ field: null, code: 'OUT_OF_STOCK' });
  });

  it('wraps a result or the problems that stopped it', () => {
    const ok: Outcome<number, ShopProblem> = success(42);
    const refused = failure<number>([problem('sku', 'OUT_OF_STOCK')]);

    expect(ok).toEqual({ ok: true, value: 42 });
    expect(refused).toEqual({ ok: false, problems: [{ field: 'sku', code: 'OUT_OF_STOCK' }] });
    expect(refused.ok || refused.problems.map((p) => p.code)).toEqual(['OUT_OF_STOCK']);
  });

  it('fills every occurrence of each placeholder and leaves unknown ones', () => {
    expect(fillPlaceholders('{a} and {a}, not {b}', { a: 1 })).toBe('1 and 1, not {b}');
    expect(fillPlaceholders('no placeholders')).toBe('no placeholders');
  });

  it('turns problems into user errors in the caller\'s language, falling back to the code', () => {
    const problems: ShopProblem[] = [problem('items', 'TOO_MANY_ITEMS', { limit: 5, count: 7 }), problem(null, 'OUT_OF_STOCK')];

    expect(localizeProblems(problems, MESSAGES, 'en')).toEqual([
      { field: 'items', code: 'TOO_MANY_ITEMS', message: 'At most 5 items, you have 7 (5 max)' },
      { field: null, code: 'OUT_OF_STOCK', message: 'Out of stock' },
    ]);
    expect(localizeProblems(problems, MESSAGES, 'ru')[0].message).toBe('Не более 5 товаров, у вас 7');
    expect(localizeProblems([{ field: 'x', code: 'UNKNOWN' }], MESSAGES, 'ru')).toEqual([{ field: 'x', code: 'UNKNOWN', message: 'UNKNOWN' }]);
  });
});
