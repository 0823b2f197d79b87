import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectedProps } from '@lacewire/core';
import { filesPlugin } from '@lacewire/plugin-files';
import { uploadPhoto } from '@lacewire/plugin-files/testing';
import { createTestPlatform, type TestClient, type TestPlatform, type TestStore } from '@lacewire/testing';
import {
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carePlugin } from '../src/index.ts';
import { ORDER_ALWAYS_READS, ORDER_FIELD_READS } from '../src/order-reads.ts';
import { move, openOrder, SERVICES } from './helpers.ts';

let t: TestPlatform;
let dir: string;
let store: TestStore;
let clerk: TestClient;
let customer: TestClient & { accountId: string };
const orderIds: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-care-lists-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, carePlugin],
    settings: { care: { dayMs: 150 }, files: { directory: dir, secret: 'care-test-secret-care-test-secret!!' } },
  });
  store = await t.store('静安店');
  clerk = await t.staff(store, 'clerk');
  customer = await t.customer();
  const tech = await t.staff(store, 'technician');
  const photo = await uploadPhoto(clerk, store.globalId);
  const first = await openOrder(clerk, store, customer.accountId, {
    technicianId: tech.accountId,
    intakePhotoIds: [photo],
    conditionNotes: '鞋头有划痕',
  });
  await move(tech, first.id, 'cleaning');
  // On hold (resuming at cleaning) until the customer answers.
  await tech.query(`mutation($input: RaiseChangeRequestInput!) { raiseChangeRequest(input: $input) { __typename } }`, {
    input: { orderId: first.id, description: '鞋底前掌开胶', photoIds: [photo], service: SERVICES.sole },
  });
  const second = await openOrder(clerk, store, customer.accountId, { services: [SERVICES.protect] });
  orderIds.push(first.id, second.id);
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A selection of every field without required arguments, objects with their leaves (one level). */
function selectionOf(type: GraphQLObjectType, depth: number): string[] {
  return Object.values(type.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      const inner = depth > 0 && isObjectType(named) ? selectionOf(named, depth - 1) : [];
      return `${f.name} { __typename ${inner.join(' ')} }`;
    });
}
const orderFields = () => selectionOf(t.platform.schema.getType('WorkOrder') as GraphQLObjectType, 1);

/** The orders as node(id) reads them: whole rows. Fields the viewer may not see are null in both. */
async function byNode(client: TestClient, selection: string) {
  const aliases = orderIds.map((id, i) => `o${i}: node(id: "${id}") { ... on WorkOrder { ${selection} } }`).join(' ');
  const { data } = await client.request(`{ ${aliases} }`);
  return orderIds.map((_, i) => data[`o${i}`]);
}

/** Signed links expire from the moment they are made: leave them out of the comparison. */
const stable = (value: unknown) => JSON.parse(JSON.stringify(value ?? null, (key, v) => (/url/i.test(key) ? undefined : v)));

/** The field of each order in a list (none, when an error took the whole list). */
const fieldOf = (list: { id: string; [field: string]: unknown }[] | undefined, name: string) =>
  orderIds.map((id) => list?.find((o) => o.id === id)?.[name]);

describe('lists of orders read only the columns their fields need', () => {
  it('answer every field as a whole row does, for staff and for the customer', async () => {
    const fields = orderFields();
    expect(fields.length).toBeGreaterThan(25);
    for (const field of fields) {
      const name = field.split(' ')[0];
      const { data: board } = await clerk.request(`query($s: ID!) { workOrders(storeId: $s) { id ${field} } }`, {
        s: store.globalId,
      });
      expect(stable(fieldOf(board?.workOrders, name)), name).toEqual(stable((await byNode(clerk, field)).map((o) => o?.[name])));
      const { data: mine } = await customer.request(`{ myOrders { id ${field} } }`);
      expect(stable(fieldOf(mine?.myOrders, name)), name).toEqual(stable((await byNode(customer, field)).map((o) => o?.[name])));
    }
  });

  it('select whole rows when a field says nothing of what it reads', () => {
    const info = (query: string) => {
      const document = parse(query);
      const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      const fragments = Object.fromEntries(
        document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
      );
      const list = operation?.selectionSet.selections[0];
      return { fieldNodes: [list], fragments } as unknown as GraphQLResolveInfo;
    };
    expect(
      selectedProps(
        info(
          '{ workOrders { __typename tagNumber ...F ... on WorkOrder { statusLabel } } } fragment F on WorkOrder { technician { displayName } }',
        ),
        ORDER_FIELD_READS,
        ORDER_ALWAYS_READS,
      )?.sort(),
    ).toEqual(['customerId', 'id', 'pipeline', 'status', 'storeId', 'tagNumber', 'technicianId']);
    expect(
      selectedProps(info('{ workOrders { tagNumber review { id } } }'), ORDER_FIELD_READS, ORDER_ALWAYS_READS),
    ).toBeUndefined();
  });
});
