import { normaliseQueueQuery } from './queue-query';

const OUTLET = 'outlet:3f1c2a9e-0b7d-4c36-9a51-2f4e8d6b7c10';

describe('normaliseQueueQuery', () => {
  it('keeps the queue filters in one order and drops empty ones', () => {
    expect(normaliseQueueQuery(`?signal=anonymous-source&source=${OUTLET}&articleId=&assignee=me`)).toEqual({
      query: `source=${encodeURIComponent(OUTLET)}&signal=anonymous-source&assignee=me`,
    });
    expect(normaliseQueueQuery('')).toEqual({ query: '' });
  });

  it('refuses other parameters, repeats and malformed values with the field named', () => {
    expect(normaliseQueueQuery('page=2')).toEqual({ problem: expect.stringContaining('not "page"') });
    expect(normaliseQueueQuery('signal=a&signal=b')).toEqual({ problem: 'query gives signal twice' });
    expect(normaliseQueueQuery('source=outlet:nope')).toEqual({
      problem: 'query: source must be outlet:<uuid> or cited:<uuid>',
    });
    expect(normaliseQueueQuery('assignee=someone')).toEqual({
      problem: 'query: assignee must be me, none or a user id',
    });
    expect(normaliseQueueQuery('includeReviewed=yes')).toEqual({
      problem: 'query: includeReviewed must be true or false',
    });
  });
});
