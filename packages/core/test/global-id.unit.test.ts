import { describe, expect, it } from 'vitest';
import { decodeGlobalId, globalId, InvalidInputError } from '../src/index.ts';

describe('global ids (one helper, Pothos relay encoding)', () => {
  it('round-trips a typed id', () => {
    const id = globalId('WorkOrder', '0b0c6a57-2c8e-4d3f-9d76-6d3c1f3f2a10');
    expect(id).toBe(btoa('WorkOrder:0b0c6a57-2c8e-4d3f-9d76-6d3c1f3f2a10'));
    expect(decodeGlobalId(id)).toEqual({ typename: 'WorkOrder', id: '0b0c6a57-2c8e-4d3f-9d76-6d3c1f3f2a10' });
  });

  it('answers anything else with a typed InvalidInput naming the field', () => {
    for (const bad of ['', 'not an id', '0b0c6a57-2c8e-4d3f-9d76-6d3c1f3f2a10', btoa('no-colon'), btoa(':x'), btoa('1x:y')]) {
      const error = (() => {
        try {
          decodeGlobalId(bad, 'orderId');
        } catch (e) {
          return e;
        }
      })();
      expect(error, bad).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).field).toBe('orderId');
    }
  });

  it('refuses an id of another type when the types are given', () => {
    expect(() => decodeGlobalId(globalId('Account', 'a'), 'orderId', ['WorkOrder'])).toThrow(InvalidInputError);
    expect(decodeGlobalId(globalId('WorkOrder', 'a'), 'orderId', ['WorkOrder']).id).toBe('a');
  });
});
