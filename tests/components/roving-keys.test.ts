import { describe, expect, it } from 'vitest';
import { gridMove, listMove, PAGE } from '../../components/ui/roving-keys';

// A sortable table: a header row of 4 sort buttons, then 30 rows that are one stop each.
const table = [4, ...Array.from({ length: 30 }, () => 1)];
const at = (row: number, col = 0) => ({ row, col });

describe('gridMove', () => {
  it.each([
    ['ArrowDown', at(1), at(2)],
    ['ArrowUp', at(2), at(1)],
    ['ArrowUp', at(1), at(0)], // from the first row up to the header
    ['ArrowUp', at(0, 2), at(0, 2)], // clamped at the top
    ['ArrowDown', at(30), at(30)], // clamped at the bottom
    ['PageDown', at(1), at(1 + PAGE)],
    ['PageDown', at(25), at(30)],
    ['PageUp', at(5), at(0)],
    ['Home', at(17), at(1)], // the first data row, not the header
    ['End', at(3), at(30)],
    ['ArrowRight', at(0, 1), at(0, 2)],
    ['ArrowRight', at(0, 3), at(0, 3)],
    ['ArrowLeft', at(0, 0), at(0, 0)],
    ['Home', at(0, 3), at(0, 0)], // within the header row
    ['End', at(0, 0), at(0, 3)],
    ['ArrowDown', at(0, 3), at(1, 0)], // down from a header button: the row (one stop)
  ])('%s from %j goes to %j', (key, from, to) => {
    expect(gridMove(table, from, { key })).toEqual(to);
  });
  it('Ctrl+Home and Ctrl+End go to the very first and last rows', () => {
    expect(gridMove(table, at(12), { key: 'Home', ctrlKey: true })).toEqual(at(0, 0));
    expect(gridMove(table, at(0, 2), { key: 'End', ctrlKey: true })).toEqual(at(30, 0));
  });
  it('keeps the column when moving between rows of several stops, clamped to the shorter row', () => {
    expect(gridMove([3, 5, 2], at(1, 4), { key: 'ArrowDown' })).toEqual(at(2, 1));
    expect(gridMove([3, 5, 2], at(0, 2), { key: 'ArrowDown' })).toEqual(at(1, 2));
  });
  it('ignores other keys and empty grids', () => {
    expect(gridMove(table, at(1), { key: 'a' })).toBeNull();
    expect(gridMove(table, at(1), { key: 'Enter' })).toBeNull();
    expect(gridMove([], at(0), { key: 'ArrowDown' })).toBeNull();
  });
});

describe('listMove', () => {
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowDown', 3, 4],
    ['ArrowLeft', 0, 0],
    ['ArrowUp', 5, 4],
    ['ArrowRight', 19, 19],
    ['PageDown', 2, 12],
    ['PageUp', 2, 0],
    ['Home', 9, 0],
    ['End', 0, 19],
  ])('%s from %i of 20 goes to %i', (key, from, to) => {
    expect(listMove(20, from, { key })).toBe(to);
  });
  it('ignores other keys and empty lists', () => {
    expect(listMove(20, 3, { key: 'Tab' })).toBeNull();
    expect(listMove(0, 0, { key: 'Home' })).toBeNull();
  });
});
