import { randomUUID } from 'node:crypto';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export const Account = defineEntity({
  name: 'Account',
  tableName: 'identity_account',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    kind: p.enum(['staff', 'customer'] as const),
    phone: p.text().nullable(),
    username: p.text().nullable(),
    displayName: p.text(),
    passwordHash: p.text().nullable().hidden(),
    isOwner: p.boolean().default(false),
    locale: p.text().default('zh-CN'),
    disabled: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type IAccount = InferEntity<typeof Account>;

export const Session = defineEntity({
  name: 'Session',
  tableName: 'identity_session',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    accountId: p.uuid(),
    tokenHash: p.text().hidden(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    userAgent: p.text().nullable(),
  },
});
export type ISession = InferEntity<typeof Session>;

/** A staff account's role in one store. Stores manage it through this plugin's services. */
export const Membership = defineEntity({
  name: 'Membership',
  tableName: 'identity_membership',
  properties: {
    accountId: p.uuid().primary(),
    storeId: p.uuid().primary(),
    role: p.enum(['clerk', 'technician', 'storeAdmin'] as const),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type IMembership = InferEntity<typeof Membership>;

export const SignInCode = defineEntity({
  name: 'SignInCode',
  tableName: 'identity_sign_in_code',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    phone: p.text(),
    codeHash: p.text().hidden(),
    expiresAt: p.datetime(),
    attempts: p.integer().default(0),
    usedAt: p.datetime().nullable(),
  },
});
