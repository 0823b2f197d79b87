/**
 * Retry-safe writes (issue 16.5): every creating mutation takes `idempotencyKey`. The same key
 * from the same account answers with the first result and writes nothing new — sent again after
 * the first answer, and sent 50 times at once. Public API only, on PostgreSQL and on the embedded
 * database (one session: duplicates run one after another there).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expireIdempotencyKeys, rows, sql } from '@lacewire/core';
import { aftercarePlugin } from '@lacewire/plugin-aftercare';
import { agoraPlugin } from '@lacewire/plugin-agora';
import { appointmentsPlugin } from '@lacewire/plugin-appointments';
import { carePlugin } from '@lacewire/plugin-care';
import { catalogPlugin } from '@lacewire/plugin-catalog';
import { customersPlugin } from '@lacewire/plugin-customers';
import { filesPlugin } from '@lacewire/plugin-files';
import { testImage, uploadFile, uploadPhoto } from '@lacewire/plugin-files/testing';
import { messagingPlugin } from '@lacewire/plugin-messaging';
import { createTestPlatform, globalId, type TestClient, type TestPlatform } from '@lacewire/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentials } from '../../plugins/agora/test/helpers.ts';
import { customerOf, localTime, type Shop, shop } from '../../plugins/appointments/test/setup.ts';
import { moveTo, work } from './setup.ts';

const CONCURRENT = 50;

/** One creating mutation: who sends it with which input (fresh data per call), and what it writes. */
interface Creation {
  name: string;
  type: string;
  /** Rows (or units) the mutation adds to; must grow by exactly one per new key. */
  count(): Promise<number>;
  prepare(): Promise<{ client: TestClient; input: Record<string, unknown> }>;
}

for (const embedded of [false, true]) {
  describe(embedded ? 'embedded database' : 'PostgreSQL', () => {
    let t: TestPlatform;
    let dir: string;
    let s: Shop;
    let customer: Awaited<ReturnType<typeof customerOf>>;
    let run = 0;
    let day = 0; // bookings: a day of their own each (the booking horizon is 30 days)
    let image: Uint8Array;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'lw-idem-'));
      t = await createTestPlatform({
        embedded,
        plugins: [
          customersPlugin,
          catalogPlugin,
          appointmentsPlugin,
          filesPlugin,
          carePlugin,
          aftercarePlugin,
          messagingPlugin,
          agoraPlugin,
        ],
        settings: {
          agora: { ...credentials, baseUrl: 'http://127.0.0.1:9' },
          files: { directory: dir, secret: 'idempotency-secret-idempotency-secret' },
        },
      });
      s = await shop(t);
      customer = await customerOf(t, s);
      image = await testImage('#3a3');
    });
    afterAll(async () => {
      await t?.close();
      await rm(dir, { recursive: true, force: true });
    });

    const count = async (table: string, extra = 'true') =>
      Number(
        (await rows<{ n: string }>(t.runtime.em(), sql`select count(*) as n from ${sql.table(table)} where ${sql.raw(extra)}`))[0]
          .n,
      );

    /** A fresh work order of the customer at the given stage (one catalog service). */
    async function order(stage: 'received' | 'qualityCheck' | 'readyForPickup' = 'received') {
      const opened = await s.clerk.query(OPEN, {
        input: {
          storeId: s.store.globalId,
          customerId: customer.globalId,
          shoe: { brand: 'Nike' },
          services: [{ serviceId: s.services.clean }],
          technicianId: globalId('Account', s.technicians[0].accountId),
        },
      });
      const id = opened.openWorkOrder.id as string;
      if (stage === 'received') return id;
      const tech = s.technicians[0];
      await moveTo(tech, id, 'cleaning');
      await work(tech, id);
      await moveTo(tech, id, 'qualityCheck');
      if (stage === 'readyForPickup') await moveTo(tech, id, 'readyForPickup');
      return id;
    }

    const creations: Creation[] = [
      {
        name: 'bookAppointment',
        type: 'Appointment',
        count: () => count('appointments_appointment'),
        prepare: async () => ({
          client: customer,
          input: { storeId: s.store.globalId, serviceIds: [s.services.clean], startsAt: localTime(s.zone, 1 + ++day, 10) },
        }),
      },
      {
        name: 'bookAppointmentForCustomer',
        type: 'Appointment',
        count: () => count('appointments_appointment'),
        prepare: async () => ({
          client: s.clerk,
          input: {
            storeId: s.store.globalId,
            customerId: customer.globalId,
            serviceIds: [s.services.clean],
            startsAt: localTime(s.zone, 1 + ++day, 12),
          },
        }),
      },
      {
        name: 'rebookOrder',
        type: 'Appointment',
        count: () => count('appointments_appointment'),
        prepare: async () => ({
          client: customer,
          input: { orderId: await order(), startsAt: localTime(s.zone, 1 + ++day, 15) },
        }),
      },
      {
        name: 'addShiftException',
        type: 'ShiftException',
        count: () => count('appointments_shift_exception'),
        prepare: async () => ({
          client: s.admin,
          input: {
            storeId: s.store.globalId,
            technicianId: globalId('Account', s.technicians[0].accountId),
            date: localTime(s.zone, 40 + ++run, 12)
              .toISOString()
              .slice(0, 10),
            kind: 'off',
          },
        }),
      },
      {
        name: 'openWorkOrder',
        type: 'WorkOrder',
        count: () => count('care_work_order'),
        prepare: async () => ({
          client: s.clerk,
          input: {
            storeId: s.store.globalId,
            customerId: customer.globalId,
            shoe: { brand: 'Adidas' },
            services: [{ serviceId: s.services.clean }],
          },
        }),
      },
      {
        name: 'raiseChangeRequest',
        type: 'ChangeRequest',
        count: () => count('care_change_request'),
        prepare: async () => ({
          client: s.clerk,
          input: {
            orderId: await order(),
            description: '鞋底开胶',
            service: { code: 'sole-reglue', name: '鞋底重粘', category: 'repair', priceMinor: 8800 },
          },
        }),
      },
      {
        name: 'requestAcceptance',
        type: 'Acceptance',
        count: () => count('aftercare_acceptance'),
        prepare: async () => {
          const orderId = await order('qualityCheck');
          const photo = await uploadPhoto(s.technicians[0], s.store.globalId);
          return { client: s.technicians[0], input: { orderId, afterPhotoIds: [photo] } };
        },
      },
      {
        name: 'postReview',
        type: 'Review',
        count: () => count('aftercare_review'),
        prepare: async () => ({ client: customer, input: { orderId: await order('readyForPickup'), rating: 5, text: '很好' } }),
      },
      {
        name: 'submitComplaint',
        type: 'Complaint',
        count: () => count('aftercare_complaint'),
        prepare: async () => ({
          client: customer,
          input: { storeId: s.store.globalId, category: 'quality', severity: 'low', description: '颜色不均' },
        }),
      },
      {
        name: 'startCall',
        type: 'CallSession',
        count: () => count('agora_call'),
        prepare: async () => ({
          client: s.clerk,
          input: {
            storeId: s.store.globalId,
            orderId: await order(),
            purpose: 'consult',
            inviteeIds: [globalId('Account', s.technicians[0].accountId)],
          },
        }),
      },
      {
        name: 'registerCustomer',
        type: 'Customer',
        count: () => count('identity_account', "kind = 'customer'"),
        prepare: async () => ({
          client: s.clerk,
          input: { storeId: s.store.globalId, phone: `1370000${String(++run).padStart(4, '0')}`, name: '新顾客' },
        }),
      },
      {
        name: 'addShoe',
        type: 'Shoe',
        count: () => count('customers_shoe'),
        prepare: async () => ({ client: customer, input: { brand: 'Converse' } }),
      },
      {
        name: 'addCustomerNote',
        type: 'CustomerNote',
        count: () => count('customers_note'),
        prepare: async () => ({
          client: s.clerk,
          input: { customerId: customer.globalId, storeId: s.store.globalId, body: '喜欢无香型清洁剂' },
        }),
      },
      {
        name: 'createService',
        type: 'Service',
        count: () => count('catalog_service'),
        prepare: async () => ({
          client: s.admin,
          input: {
            storeId: s.store.globalId,
            name: `护理 ${++run}`,
            category: 'cleaning',
            durationMinutes: 30,
            priceMinor: 5000,
          },
        }),
      },
      {
        name: 'createMaterial',
        type: 'Material',
        count: () => count('catalog_material'),
        prepare: async () => ({
          client: s.admin,
          input: { storeId: s.store.globalId, name: `鞋油 ${++run}`, unit: '瓶', stock: 10, lowStockThreshold: 2 },
        }),
      },
      {
        name: 'restockMaterial',
        type: 'Material',
        // A delivery: the stock grows by its quantity (1) once per key.
        count: () =>
          rows<{ n: string }>(t.runtime.em(), sql`select coalesce(sum(stock), 0) as n from catalog_material`).then((r) =>
            Number(r[0].n),
          ),
        prepare: async () => {
          const created = await s.admin.query(
            `mutation($input: CreateMaterialInput!) { createMaterial(input: $input) { ... on Material { id } } }`,
            { input: { storeId: s.store.globalId, name: `清洁剂 ${++run}`, unit: '瓶', stock: 0, lowStockThreshold: 1 } },
          );
          return { client: s.clerk, input: { materialId: created.createMaterial.id, quantity: 1 } };
        },
      },
      {
        name: 'createStore',
        type: 'Store',
        count: () => count('stores_store'),
        prepare: async () => ({
          client: await t.owner(),
          input: {
            name: `拾履 ${++run} 号店`,
            address: '南京西路 1 号',
            phone: '021-5555',
            timeZone: 'Asia/Shanghai',
            openingHours: [{ weekday: 1, opens: '09:00', closes: '21:00' }],
          },
        }),
      },
      {
        name: 'addStaffMember',
        type: 'Store',
        count: () => count('identity_account', "kind = 'staff'"),
        prepare: async () => ({
          client: s.admin,
          input: { storeId: s.store.globalId, role: 'clerk', displayName: '新店员', username: `new-clerk-${++run}` },
        }),
      },
      {
        name: 'createStaffGroup',
        type: 'Conversation',
        count: () => count('messaging_conversation'),
        prepare: async () => ({
          client: s.clerk,
          input: { storeId: s.store.globalId, title: '早班', memberIds: [globalId('Account', s.technicians[0].accountId)] },
        }),
      },
      {
        name: 'saveCannedReply',
        type: 'CannedReply',
        count: () => count('messaging_canned_reply'),
        prepare: async () => ({ client: s.clerk, input: { storeId: s.store.globalId, title: '取鞋', body: '您的鞋已可取。' } }),
      },
      {
        name: 'uploadAttachment',
        type: 'Attachment',
        count: () => count('files_attachment'),
        prepare: async () => ({ client: customer, input: {} }),
      },
    ];

    /** Sends the mutation; uploads go as multipart requests, as the apps send them. */
    async function send(creation: Creation, client: TestClient, input: Record<string, unknown>) {
      if (creation.name === 'uploadAttachment') {
        return uploadFile(client, { data: image, name: 'photo.jpg', type: 'image/jpeg' }, input);
      }
      const inputType = `${creation.name[0].toUpperCase()}${creation.name.slice(1)}Input`;
      const data = await client.query(
        `mutation($input: ${inputType}!) { result: ${creation.name}(input: $input) {
          __typename ... on ${creation.type} { id } ... on Error { message } } }`,
        { input },
      );
      return data.result;
    }

    it.each(creations.map((c) => [c.name, c] as const))('%s: a repeated key answers the first result', async (_, creation) => {
      const { client, input } = await creation.prepare();
      const before = await creation.count();
      const idempotencyKey = randomUUID();
      const first = await send(creation, client, { ...input, idempotencyKey });
      expect(first).toMatchObject({ __typename: creation.type });
      const again = await send(creation, client, { ...input, idempotencyKey });
      expect(again).toMatchObject({ __typename: creation.type, id: first.id });
      expect(await creation.count()).toBe(before + 1);
    });

    it.each(creations.map((c) => [c.name, c] as const))(
      `%s: ${CONCURRENT} concurrent duplicates write once and all answer it`,
      async (_, creation) => {
        const { client, input } = await creation.prepare();
        const before = await creation.count();
        const idempotencyKey = randomUUID();
        const answers = await Promise.all(
          Array.from({ length: CONCURRENT }, () => send(creation, client, { ...input, idempotencyKey })),
        );
        expect(answers[0]).toMatchObject({ __typename: creation.type });
        for (const answer of answers) expect(answer).toMatchObject({ __typename: creation.type, id: answers[0].id });
        expect(await creation.count()).toBe(before + 1);
      },
    );

    const ADD_SHOE = `mutation($input: AddShoeInput!) { addShoe(input: $input) {
      __typename ... on Shoe { id } ... on InvalidInput { message field } ... on Error { message } } }`;
    const COMPLAIN = `mutation($input: SubmitComplaintInput!) { submitComplaint(input: $input) {
      __typename ... on Complaint { id } ... on InvalidInput { message field } ... on Error { message } } }`;

    it('without a key every call creates; a key is per account', async () => {
      const before = await count('customers_shoe');
      const a = await customer.query(ADD_SHOE, { input: { brand: 'Vans' } });
      const b = await customer.query(ADD_SHOE, { input: { brand: 'Vans' } });
      expect(a.addShoe.id).not.toBe(b.addShoe.id);
      const idempotencyKey = randomUUID();
      const mine = await customer.query(ADD_SHOE, { input: { brand: 'Vans', idempotencyKey } });
      const other = await t.customer();
      const theirs = await other.query(ADD_SHOE, { input: { brand: 'Vans', idempotencyKey } });
      expect(theirs.addShoe.id).not.toBe(mine.addShoe.id);
      expect(await count('customers_shoe')).toBe(before + 4);
    });

    it('a malformed key is refused with InvalidInput and writes nothing', async () => {
      const before = await count('customers_shoe');
      for (const idempotencyKey of ['short', 'x'.repeat(65), 'has space 123', '键键键键键键键键键']) {
        const { addShoe } = await customer.query(ADD_SHOE, { input: { brand: 'Vans', idempotencyKey } });
        expect(addShoe).toMatchObject({ __typename: 'InvalidInput', field: 'idempotencyKey' });
      }
      expect(await count('customers_shoe')).toBe(before);
    });

    it('a key reused for another operation is refused with InvalidInput', async () => {
      const idempotencyKey = randomUUID();
      const { addShoe } = await customer.query(ADD_SHOE, { input: { brand: 'Vans', idempotencyKey } });
      expect(addShoe.__typename).toBe('Shoe');
      const before = await count('aftercare_complaint');
      const { submitComplaint } = await customer.query(COMPLAIN, {
        input: { storeId: s.store.globalId, category: 'quality', severity: 'low', description: '掉色', idempotencyKey },
      });
      expect(submitComplaint).toMatchObject({ __typename: 'InvalidInput', field: 'idempotencyKey' });
      expect(submitComplaint.message).toContain('addShoe');
      expect(await count('aftercare_complaint')).toBe(before);
    });

    it('a refused mutation leaves no claim: the same key works once the input is fixed', async () => {
      const idempotencyKey = randomUUID();
      const refused = await customer.query(COMPLAIN, {
        input: {
          storeId: s.store.globalId,
          orderId: globalId('WorkOrder', randomUUID()),
          category: 'quality',
          severity: 'low',
          description: '掉色',
          idempotencyKey,
        },
      });
      expect(refused.submitComplaint.__typename).not.toBe('Complaint');
      const fixed = await customer.query(COMPLAIN, {
        input: { storeId: s.store.globalId, category: 'quality', severity: 'low', description: '掉色', idempotencyKey },
      });
      expect(fixed.submitComplaint.__typename).toBe('Complaint');
    });

    it('a key past the 24-hour horizon counts as new; the cleanup deletes old claims', async () => {
      const idempotencyKey = randomUUID();
      const first = await customer.query(ADD_SHOE, { input: { brand: 'Vans', idempotencyKey } });
      const em = t.runtime.em();
      await rows(em, sql`update lw_idempotency set created_at = now() - interval '25 hours' where key = ${idempotencyKey}`);
      const later = await customer.query(ADD_SHOE, { input: { brand: 'Vans', idempotencyKey } });
      expect(later.addShoe.id).not.toBe(first.addShoe.id);
      const replay = await customer.query(ADD_SHOE, { input: { brand: 'Vans', idempotencyKey } });
      expect(replay.addShoe.id).toBe(later.addShoe.id);

      // What the hourly job `core.expireIdempotencyKeys` runs.
      await rows(em, sql`update lw_idempotency set created_at = now() - interval '25 hours' where key = ${idempotencyKey}`);
      await t.runtime.tx((tx) => expireIdempotencyKeys(tx.em));
      expect(await count('lw_idempotency', `key = '${idempotencyKey}'`)).toBe(0);
      expect(await count('lw_idempotency')).toBeGreaterThan(0); // live claims stay
    });
  });
}

const OPEN = `mutation($input: OpenWorkOrderInput!) { openWorkOrder(input: $input) {
  __typename ... on WorkOrder { id } ... on Error { message } } }`;
