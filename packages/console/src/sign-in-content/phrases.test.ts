import { describe, expect, it } from 'vitest';
import { rowsOf, translationOf } from './phrases';

describe('custom phrase rows', () => {
  it('flattens a nested translation and nests it back', () => {
    const rows = rowsOf({ action: { sign_in: 'Log in', continue: 'Next' }, title: 'Hi' });
    expect(rows).toEqual([
      { key: 'action.continue', value: 'Next' },
      { key: 'action.sign_in', value: 'Log in' },
      { key: 'title', value: 'Hi' },
    ]);
    expect(translationOf(rows).translation).toEqual({ action: { sign_in: 'Log in', continue: 'Next' }, title: 'Hi' });
  });

  it('names each row’s problem', () => {
    const { translation, problems } = translationOf([
      { key: 'bad key', value: 'x' },
      { key: 'empty', value: ' ' },
      { key: 'a', value: 'x' },
      { key: 'a', value: 'y' },
      { key: 'b', value: 'x' },
      { key: 'b.c', value: 'y' },
    ]);
    expect(translation).toBeUndefined();
    expect([...problems]).toEqual([
      [0, 'key'],
      [1, 'value'],
      [3, 'duplicate'],
      [4, 'clash'],
    ]);
  });
});
