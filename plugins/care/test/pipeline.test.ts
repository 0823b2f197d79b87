import { describe, expect, it } from 'vitest';
import { allowedMoves, applicableStages, DEFAULT_PIPELINE, validatePipeline } from '../src/pipeline.ts';

describe('pipeline state machine', () => {
  it('skips work stages without a matching service', () => {
    expect(applicableStages(DEFAULT_PIPELINE, ['cleaning']).map((s) => s.key)).toEqual([
      'received',
      'cleaning',
      'qualityCheck',
      'readyForPickup',
      'pickedUp',
    ]);
  });
  it('moves forward one applicable stage, back to work stages from quality check, never by hand to picked up', () => {
    expect(allowedMoves(DEFAULT_PIPELINE, ['cleaning', 'protection'], 'cleaning')).toEqual(['protectiveCare', 'cancelled']);
    expect(allowedMoves(DEFAULT_PIPELINE, ['cleaning', 'protection'], 'qualityCheck')).toEqual([
      'readyForPickup',
      'cleaning',
      'protectiveCare',
      'cancelled',
    ]);
    expect(allowedMoves(DEFAULT_PIPELINE, ['cleaning'], 'readyForPickup')).toEqual(['cleaning', 'cancelled']);
    expect(allowedMoves(DEFAULT_PIPELINE, ['cleaning'], 'onHold')).toEqual(['cancelled']);
    expect(allowedMoves(DEFAULT_PIPELINE, ['cleaning'], 'pickedUp')).toEqual([]);
  });
  it('validates a store pipeline', () => {
    expect(validatePipeline(DEFAULT_PIPELINE)).toBeNull();
    expect(validatePipeline(DEFAULT_PIPELINE.slice(1))).toMatch(/first stage/);
    expect(validatePipeline([DEFAULT_PIPELINE[0], ...DEFAULT_PIPELINE.slice(-2)])).toMatch(/work stage/);
  });
});
