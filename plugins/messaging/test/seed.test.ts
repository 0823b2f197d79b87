import { customersPlugin } from '@lacewire/plugin-customers';
import { DEMO_PASSWORD } from '@lacewire/plugin-stores';
import type { TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagingPlatform } from './platform.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await messagingPlatform({}, [customersPlugin], false, true);
});
afterAll(() => t?.close());

describe('demo seed', () => {
  it('gives 王先生 a VIP channel with 张大师 and conversations with the stores', async () => {
    const senior = await t.signIn('senior.jingan', DEMO_PASSWORD);
    const list = await senior.query(`{ conversations { edges { node { kind title customerName members { displayName }
      messages { messages { senderName body } } } } } }`);
    const vip = list.conversations.edges.map((e: any) => e.node).find((c: any) => c.kind === 'vip');
    expect(vip.customerName).toBe('王先生');
    expect(vip.members.map((m: any) => m.displayName).sort()).toEqual(['张大师', '王先生'].sort());
    expect(vip.messages.messages[0].body).toContain('开胶');
    const clerk = await t.signIn('clerk.jingan', DEMO_PASSWORD);
    const inbox = await clerk.query(`{ conversations(kind: customer) { edges { node { customerName assigneeName } } } }`);
    expect(inbox.conversations.edges.map((e: any) => e.node.customerName).sort()).toEqual(['李女士', '王先生'].sort());
  });
});
