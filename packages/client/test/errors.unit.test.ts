import { expect, it } from 'vitest';
import { errorCode, isNotFound, loadErrorKind } from '../src/errors.ts';

it('classifies every failure once: texts and load errors agree', () => {
  const serverTimeout = { graphQLErrors: [{ extensions: { code: 'Timeout' } }] };
  const clientTimeout = { networkError: new DOMException('signal timed out', 'TimeoutError'), graphQLErrors: [] };
  const offline = { networkError: new TypeError('Failed to fetch'), graphQLErrors: [] };
  const refused = { graphQLErrors: [{ extensions: { code: 'NotAllowed' } }] };
  expect([serverTimeout, clientTimeout, offline, refused].map((e) => errorCode(null, e))).toEqual([
    'Timeout',
    'Timeout',
    'network',
    'NotAllowed',
  ]);
  expect([serverTimeout, clientTimeout, offline, refused].map(loadErrorKind)).toEqual(['timeout', 'timeout', 'network', 'other']);
  expect(errorCode({ __typename: 'SlotTaken', code: 'SlotTaken' }, offline)).toBe('SlotTaken');
  expect(errorCode({ __typename: 'WorkOrder' }, null)).toBeNull();
});

it('tells a record that is not there from a request that failed', () => {
  const malformed = { graphQLErrors: [{ extensions: { code: 'InvalidInput' } }] };
  const offline = { networkError: new TypeError('Failed to fetch'), graphQLErrors: [] };
  // Answered without it (null, or a node of another type): not found.
  expect(isNotFound(true, null, null)).toBe(true);
  // A malformed id: not found, whatever else came back.
  expect(isNotFound(true, null, malformed)).toBe(true);
  // Still loading, or the request failed: not "not found" (a skeleton, or QueryError and a retry).
  expect(isNotFound(false, null, null)).toBe(false);
  expect(isNotFound(false, null, offline)).toBe(false);
  expect(isNotFound(true, null, offline)).toBe(false);
  expect(isNotFound(true, { id: 'x' }, malformed)).toBe(false);
});
