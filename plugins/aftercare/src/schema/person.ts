import { type Builder, globalId, type objectRef } from '@lacewire/core';
import { accountsByIds } from '@lacewire/plugin-identity';
import { fresh, type ReadContext } from './access.ts';

export interface Person {
  accountId: string;
  displayName: string;
}
export type PersonRef = ReturnType<typeof objectRef<Person>>;

/** An account as after-sales shows it (who replied, who is assigned), or null when there is none. */
export async function person(ctx: ReadContext, id: string | null | undefined): Promise<Person | null> {
  if (!id) return null;
  const [a] = await accountsByIds(fresh(ctx), [id]);
  return a ? { accountId: id, displayName: a.displayName } : null;
}

/** `AftercarePerson`: the staff member or customer behind an after-sales action. */
export function personType(builder: Builder): PersonRef {
  return builder.objectRef<Person>('AftercarePerson').implement({
    fields: (t) => ({
      accountId: t.field({ type: 'ID', resolve: (p) => globalId('Account', p.accountId) }),
      displayName: t.exposeString('displayName'),
    }),
  });
}
