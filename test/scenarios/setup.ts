import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aftercarePlugin } from '@lacewire/plugin-aftercare';
import { carePlugin } from '@lacewire/plugin-care';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, globalId, type TestClient, type TestStore } from '@lacewire/testing';

/** Files, care and aftercare on a fresh database; time-based work (reminders, SLA, follow-ups) is fast. */
export async function scenarioPlatform(options: { minuteMs?: number; dayMs?: number } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'lw-scenario-'));
  const t = await createTestPlatform({
    plugins: [filesPlugin, carePlugin, aftercarePlugin],
    settings: {
      care: { dayMs: options.dayMs ?? 3_600_000 },
      aftercare: { minuteMs: options.minuteMs ?? 60_000, dayMs: options.dayMs ?? 3_600_000 },
      files: {
        directory: dir,
        secret: 'scenario-secret-scenario-secret-123',
        maxBytes: { image: 2_000_000, video: 5_000_000, audio: 1_000_000, file: 1_000_000 },
      },
    },
  });
  return {
    t,
    async close() {
      await t.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const SERVICES = {
  clean: { code: 'deep-clean', name: '深度清洁', category: 'cleaning', priceMinor: 12800 },
  recolour: { code: 'recolour', name: '补色翻新', category: 'recolouring', priceMinor: 26800 },
  protect: { code: 'nano-protect', name: '纳米防护养护', category: 'protection', priceMinor: 6800 },
  sole: { code: 'sole-reglue', name: '鞋底开胶重粘', category: 'repair', priceMinor: 8800 },
};

export const OPEN = `mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) {
  __typename ... on WorkOrder { id tagNumber status } ... on Error { message } } }`;

export const MOVE = `mutation($input: MoveOrderInput!) { moveOrder(input: $input) {
  __typename ... on WorkOrder { status } ... on InvalidTransition { message from to allowed } ... on Error { message } } }`;

export async function moveTo(client: TestClient, orderId: string, ...stages: string[]) {
  for (const to of stages) {
    const { moveOrder } = await client.query(MOVE, { input: { orderId, to } });
    if (moveOrder.__typename !== 'WorkOrder') throw new Error(`move to ${to}: ${JSON.stringify(moveOrder)}`);
  }
}

export async function work(
  client: TestClient,
  orderId: string,
  input: { serviceCode?: string; minutes?: number; afterPhotoIds?: string[]; materials?: object[] } = {},
) {
  const started = await client.query(
    `mutation($input: StartCareStepInput!) { startCareStep(input: $input) { __typename ... on CareStep { id } ... on WorkNotApproved { message } ... on Error { message } } }`,
    { input: { orderId, serviceCode: input.serviceCode } },
  );
  if (started.startCareStep.__typename !== 'CareStep') throw new Error(JSON.stringify(started.startCareStep));
  const finished = await client.query(
    `mutation($input: FinishCareStepInput!) { finishCareStep(input: $input) { __typename ... on CareStep { id finishedAt } ... on Error { message } } }`,
    {
      input: {
        stepId: started.startCareStep.id,
        labourMinutes: input.minutes ?? 30,
        afterPhotoIds: input.afterPhotoIds,
        materials: input.materials,
      },
    },
  );
  if (finished.finishCareStep.__typename !== 'CareStep') throw new Error(JSON.stringify(finished.finishCareStep));
  return started.startCareStep.id as string;
}

/** An account's global id (technicians; customers where the customers plugin is absent). */
export const account = (accountId: string) => globalId('Account', accountId);

/** Input for openWorkOrder; `customerId` and any `technicianId` in `extra` are global ids. */
export function openInput(store: TestStore, customerId: string, services: object[], extra: Record<string, unknown> = {}) {
  return {
    input: {
      storeId: store.globalId,
      customerId,
      shoe: { brand: 'Nike', model: 'Air Jordan 1 Retro High OG 限量版', colour: '黑红', material: '皮革' },
      services,
      promisedAt: new Date(Date.now() + 5 * 86400_000).toISOString(),
      ...extra,
    },
  };
}

/** A minimal MP4 (ftyp box) — enough for content sniffing to call it video/mp4. */
export function tinyMp4(): Uint8Array {
  const data = new Uint8Array(2048);
  data.set([
    0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32, 0, 0, 0, 0, 0x69, 0x73, 0x6f, 0x6d, 0x6d, 0x70, 0x34, 0x32,
  ]);
  return data;
}
