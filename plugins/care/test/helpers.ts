import { globalId, type TestClient, type TestStore } from '@lacewire/testing';

export const ORDER_FIELDS = `id tagNumber status statusLabel totalMinor allowedMoves pickupCode
  stages { key state } services { code state priceMinor }
  changeRequests { id status } steps { id stage finishedAt }`;

export const RESULT = (fields = ORDER_FIELDS, errors = '') =>
  `__typename ... on WorkOrder { ${fields} } ${errors} ... on Error { message }`;
export const TRANSITION = '... on InvalidTransition { from to allowed }';

export const SERVICES = {
  clean: { code: 'deep-clean', name: '深度清洁', category: 'cleaning', priceMinor: 12800 },
  recolour: { code: 'recolour', name: '补色翻新', category: 'recolouring', priceMinor: 26800 },
  protect: { code: 'waterproof', name: '防水养护', category: 'protection', priceMinor: 6800 },
  sole: { code: 'sole-reglue', name: '鞋底开胶重粘', category: 'repair', priceMinor: 8800 },
};

/** An account's global id: without the customers plugin, care names customers by their Account. */
export const account = (accountId: string) => globalId('Account', accountId);

/** Opens an order for the customer's account, optionally held by a technician (both account uuids). */
export async function openOrder(
  clerk: TestClient,
  store: TestStore,
  customerId: string,
  extra: { services?: object[]; technicianId?: string; intakePhotoIds?: string[]; conditionNotes?: string } = {},
) {
  const data = await clerk.query(`mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) { ${RESULT()} } }`, {
    input: {
      storeId: store.globalId,
      customerId: account(customerId),
      shoe: { brand: 'Nike', model: 'Air Jordan 1 限量版', colour: '黑红' },
      services: extra.services ?? [SERVICES.clean, SERVICES.recolour],
      technicianId: extra.technicianId && account(extra.technicianId),
      intakePhotoIds: extra.intakePhotoIds,
      conditionNotes: extra.conditionNotes,
      promisedAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
    },
  });
  if (data.openWorkOrder.__typename !== 'WorkOrder') throw new Error(JSON.stringify(data.openWorkOrder));
  return data.openWorkOrder;
}

export async function move(client: TestClient, orderId: string, to: string, reason?: string) {
  const data = await client.query(
    `mutation($input: MoveOrderInput!) { moveOrder(input: $input) { ${RESULT(ORDER_FIELDS, TRANSITION)} } }`,
    {
      input: { orderId, to, reason },
    },
  );
  return data.moveOrder;
}

export async function order(client: TestClient, id: string) {
  const data = await client.query(`query($id: ID!) { node(id: $id) { ... on WorkOrder { ${ORDER_FIELDS} } } }`, { id });
  return data.node;
}
