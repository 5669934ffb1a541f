import { Response } from 'express';
import { jsonOnce } from './json-once';

describe('jsonOnce', () => {
  const res = () => {
    const r = { type: jest.fn() };
    r.type.mockReturnValue(r);
    return r as unknown as Response & { type: jest.Mock };
  };

  it('answers JSON, serializing each object once however often it is sent', () => {
    const card = { name: 'Frontier Daily', trend: [{ month: '2024-01', n: 3 }] };
    const first = res();
    expect(JSON.parse(jsonOnce(first, card))).toEqual(card);
    expect(first.type).toHaveBeenCalledWith('application/json');
    card.name = 'changed after it was sent';
    expect(jsonOnce(res(), card)).toContain('Frontier Daily');
    expect(jsonOnce(res(), { ...card })).toContain('changed after it was sent');
  });
});
