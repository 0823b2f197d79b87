import { expect, it } from 'vitest';
import { errorCode, loadErrorKind } from '../src/errors.ts';

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
