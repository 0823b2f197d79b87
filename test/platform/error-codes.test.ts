import { CSRF_HEADER, definePlugin, FeatureDisabledError, InvalidInputError, RateLimitedError } from '@lacewire/core';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Clients word failures in the user's language from `code` and `params`, never from `message`.
const failing = definePlugin({
  name: 'failing',
  schema(builder) {
    const Done = builder.objectRef<{ ok: boolean }>('FailDone').implement({ fields: (t) => ({ ok: t.exposeBoolean('ok') }) });
    builder.queryField('fail', (t) =>
      t.field({
        type: Done,
        errors: {},
        args: { how: t.arg.string({ required: true }) },
        resolve: (_r, { how }) => {
          if (how === 'feature') throw new FeatureDisabledError('onlineBooking');
          if (how === 'field') throw new InvalidInputError('Name is required.', 'name');
          throw new RateLimitedError(42);
        },
      }),
    );
    builder.queryField('failPlain', (t) =>
      t.string({
        resolve: () => {
          throw new FeatureDisabledError('calls');
        },
      }),
    );
  },
});

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ plugins: [failing] });
});
afterAll(() => t?.close());

async function post(query: string) {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

const params = (list: { name: string; value: string }[]) => Object.fromEntries(list.map((p) => [p.name, p.value]));

describe('typed errors', () => {
  it('carry a stable code and their parameters', async () => {
    const ask = async (how: string) =>
      (await post(`{ fail(how: "${how}") { ... on Error { __typename code message params { name value } } } }`)).data.fail;
    const feature = await ask('feature');
    expect([feature.__typename, feature.code, params(feature.params)]).toEqual([
      'FeatureDisabled',
      'FeatureDisabled',
      { feature: 'onlineBooking' },
    ]);
    expect(feature.message).toContain('onlineBooking');
    const field = await ask('field');
    expect([field.code, params(field.params)]).toEqual(['InvalidInput', { field: 'name' }]);
    const limited = await ask('limit');
    expect([limited.code, params(limited.params)]).toEqual(['RateLimited', { retryAfterSeconds: '42' }]);
  });

  it('keep code and parameters as extensions on fields without an error union', async () => {
    const { errors } = await post('{ failPlain }');
    expect(errors[0].extensions).toMatchObject({ code: 'FeatureDisabled', params: [{ name: 'feature', value: 'calls' }] });
  });
});
