/// <reference types="jest" />
import {
  changeParams,
  emptyFilters,
  filterParams,
  filterQuery,
  isFiltered,
  pageFrom,
  readFilters,
  withPage,
} from './url-filters';

const FILTERS = ['q', 'type', 'from'] as const;
const url = (s: string) => new URLSearchParams(s);

describe('reading filters from the URL', () => {
  it('readFilters gives every filter, empty where the URL has none, and ignores other parameters', () => {
    expect(readFilters(FILTERS, url('q=kabul&page=3&sort=name'))).toEqual({ q: 'kabul', type: '', from: '' });
  });

  it('filterQuery leaves unset and empty filters undefined, for the API query', () => {
    expect(filterQuery(FILTERS, url('q=kabul&type=&page=2'))).toEqual({ q: 'kabul', type: undefined, from: undefined });
  });

  it('isFiltered is true only when a filter (not the page or sort) is set', () => {
    expect(isFiltered(FILTERS, url('page=2&sort=name&type='))).toBe(false);
    expect(isFiltered(FILTERS, url('from=2024-01-01'))).toBe(true);
  });

  it('emptyFilters has every filter, each empty', () => {
    expect(emptyFilters(FILTERS)).toEqual({ q: '', type: '', from: '' });
  });
});

describe('writing filters to the URL', () => {
  it('filterParams keeps only non-empty values and drops the page', () => {
    const next = filterParams(FILTERS, { q: 'taliban', type: '', from: '2024-02-01' }, url('page=4&q=old'));
    expect(next.toString()).toBe('q=taliban&from=2024-02-01');
  });

  it('filterParams carries the kept parameters over from the current URL', () => {
    const next = filterParams(
      FILTERS,
      { q: '', type: 'official', from: '' },
      url('sort=alarmism&order=asc&page=2&stray=1'),
      ['sort', 'order'],
    );
    expect(next.toString()).toBe('type=official&sort=alarmism&order=asc');
  });

  it('a form read from the URL and written back gives the same filters', () => {
    const before = url('q=a+b%26c&type=media&from=2024-01-31');
    expect(filterParams(FILTERS, readFilters(FILTERS, before)).toString()).toBe(before.toString());
  });

  it('changeParams sets and removes single parameters, back at page 1, and leaves its input alone', () => {
    const current = url('q=x&status=scored&page=5');
    expect(changeParams(current, { status: '', q: 'y' }).toString()).toBe('q=y');
    expect(changeParams(current, { sort: 'name' }).toString()).toBe('q=x&status=scored&sort=name');
    expect(current.toString()).toBe('q=x&status=scored&page=5');
  });
});

describe('pages', () => {
  it('pageFrom reads a positive whole page number and falls back to 1', () => {
    expect(pageFrom(url('page=3'))).toBe(3);
    for (const bad of ['', 'page=0', 'page=-2', 'page=1.5', 'page=abc']) expect(pageFrom(url(bad))).toBe(1);
  });

  it('withPage sets the page but leaves page 1 out of the address', () => {
    expect(withPage(url('q=x'), 2).toString()).toBe('q=x&page=2');
    expect(withPage(url('q=x&page=4'), 1).toString()).toBe('q=x');
  });
});
