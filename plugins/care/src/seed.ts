import type { SeedContext, Tx, Viewer } from '@lacewire/core';
import { listMaterials } from '@lacewire/plugin-catalog';
import { createAttachment } from '@lacewire/plugin-files';
import { accountsByIds, findAccountByPhone, membersOf } from '@lacewire/plugin-identity';
import { DEMO_STORES } from '@lacewire/plugin-stores';
import sharp from 'sharp';
import type { IWorkOrder } from './entities.ts';
import type { ServiceInput } from './services.ts';
import {
  answerChangeRequest,
  finishStep,
  forceStatus,
  openWorkOrder,
  raiseChangeRequest,
  startStep,
  totalOf,
} from './services.ts';
import { careState } from './state.ts';

const S = {
  clean: { code: 'deep-clean', name: '深度清洁', category: 'cleaning', priceMinor: 12800 },
  suede: { code: 'suede-care', name: '麂皮护理', category: 'cleaning', priceMinor: 19800 },
  recolour: { code: 'recolour', name: '补色翻新', category: 'recolouring', priceMinor: 26800 },
  protect: { code: 'nano-protect', name: '纳米防护养护', category: 'protection', priceMinor: 6800 },
  sole: { code: 'sole-reglue', name: '鞋底开胶重粘', category: 'repair', priceMinor: 8800 },
  whiten: { code: 'sole-whiten', name: '鞋边去黄', category: 'cleaning', priceMinor: 9800 },
} satisfies Record<string, ServiceInput>;

function viewerOf(accountId: string, storeId: string | null, role: 'technician' | 'clerk' | null): Viewer {
  return {
    accountId,
    sessionId: 'seed',
    displayName: 'seed',
    customerId: role ? null : accountId,
    memberships: role && storeId ? [{ storeId, role }] : [],
    isOwner: false,
    locale: 'zh-CN',
    expiresAt: new Date(Date.now() + 3600_000),
  };
}

async function photo(
  ctx: SeedContext,
  tx: Tx,
  uploadedBy: string,
  storeId: string,
  customerId: string,
  colour: string,
  name: string,
) {
  const data = new Uint8Array(
    await sharp({ create: { width: 800, height: 600, channels: 3, background: colour } })
      .jpeg()
      .toBuffer(),
  );
  const attachment = await createAttachment(ctx.runtime, tx, {
    data,
    fileName: name,
    uploadedBy,
    storeId,
    accountIds: [customerId],
    kinds: ['image'],
  });
  return attachment.id;
}

/** The demo store's people and what the seed does with them: open an order, walk it along. */
interface Floor {
  ctx: SeedContext;
  tx: Tx;
  store: string;
  customers: { wang: string; li: string; zhang: string; chen: string };
  staff: { senior: string; tech: string; clerk: string };
  open(
    customerId: string,
    shoe: { brand: string; model: string; colour: string; material: string },
    services: ServiceInput[],
    technicianId: string,
    notes: string,
    colour: string,
  ): Promise<IWorkOrder>;
  /** Forces the order through `stages`, recording a care step in each work stage. */
  walk(order: IWorkOrder, stages: string[], by: string): Promise<void>;
}

/** The demo store's floor; null without the demo customers and staff (another distribution). */
async function demoFloor(ctx: SeedContext, tx: Tx): Promise<Floor | null> {
  const options = careState.of(ctx.runtime);
  const phone = async (p: string) => (await findAccountByPhone(tx.em, p))?.id ?? null;
  const [wang, li, zhang, chen] = await Promise.all(['13800000001', '13800000002', '13800000003', '13800000004'].map(phone));
  if (!wang || !li || !zhang || !chen) return null;
  const store = DEMO_STORES.jingan;
  const members = await membersOf(tx.em, store);
  const accounts = await accountsByIds(
    tx.em,
    members.map((m) => m.accountId),
  );
  const named = (name: string) => accounts.find((a) => a?.displayName === name)?.id ?? null;
  const senior = named('张大师');
  const tech = named('王师傅');
  const clerk = named('李前台');
  if (!senior || !tech || !clerk) return null;
  const day = 24 * 3600_000;
  // The cleaner comes out of the catalog's stock when the catalog is there.
  const cleaner = options.integrations.catalog
    ? (await listMaterials(tx.em, store)).find((m) => m.name === '中性清洁剂')
    : undefined;
  const used = cleaner
    ? [{ materialId: cleaner.id, quantity: 20 }]
    : options.integrations.catalog
      ? []
      : [{ name: '中性清洁剂', quantity: 20, unit: 'ml' }];
  return {
    ctx,
    tx,
    store,
    customers: { wang, li, zhang, chen },
    staff: { senior, tech, clerk },
    async open(customerId, shoe, services, technicianId, notes, colour) {
      const intake = await photo(ctx, tx, clerk, store, customerId, colour, '收件照片.jpg');
      const order = await openWorkOrder(tx, clerk, {
        storeId: store,
        customerId,
        shoe: { ...shoe, size: null },
        services,
        technicianId,
        promisedAt: new Date(Date.now() + 5 * day),
        conditionNotes: notes,
        intakePhotoIds: [intake],
      });
      await tx.em.flush();
      return order;
    },
    async walk(order, stages, by) {
      for (const stage of stages) {
        await forceStatus(tx, order, stage, by, options);
        if (!['qualityCheck', 'readyForPickup', 'pickedUp', 'received'].includes(stage)) {
          const v = viewerOf(by, store, 'technician');
          const line = order.services.find((s) => order.pipeline.find((p) => p.key === stage)?.categories?.includes(s.category));
          const step = await startStep(tx, v, order, { serviceCode: line?.code ?? null });
          await tx.em.flush();
          await finishStep(tx, v, step.id, { labourMinutes: 40, materials: used }, options);
        }
        await tx.em.flush();
      }
    },
  };
}

/** 王先生's pairs: his limited-edition AJ1 after an approved sole repair, his second pair waiting for his answer. */
async function wangsPairs({ ctx, tx, store, customers: { wang }, staff: { senior, tech }, open, walk }: Floor) {
  // The AJ1: cleaned, sole repair found and approved, now being recoloured.
  const aj1 = await open(
    wang,
    { brand: 'Nike', model: 'Air Jordan 1 Retro High OG "Chicago" (2015) 限量款', colour: '红白黑', material: '皮革' },
    [S.clean, S.recolour, S.protect],
    senior,
    '鞋头轻微折痕，中底发黄（客户已知）',
    '#b22222',
  );
  await walk(aj1, ['cleaning'], senior);
  const solePhoto = await photo(ctx, tx, senior, store, wang, '#8b4513', '鞋底开胶.jpg');
  const cr = await raiseChangeRequest(tx, viewerOf(senior, store, 'technician'), aj1, {
    origin: 'technician',
    description: '清洗时发现右脚鞋底前掌开胶约 2cm，建议重新粘合',
    photoIds: [solePhoto],
    service: S.sole,
  });
  await tx.em.flush();
  await answerChangeRequest(tx, viewerOf(wang, null, null), cr.id, true, '同意，辛苦张师傅');
  await tx.em.flush();
  await walk(aj1, ['repair', 'recolouring'], senior);

  // His second pair waits for his answer to a change request.
  const presto = await open(
    wang,
    { brand: 'Nike × Off-White', model: 'Air Presto "The Ten"', colour: '黑', material: '网布' },
    [S.clean],
    tech,
    '限量款，鞋底有开胶迹象',
    '#111111',
  );
  await walk(presto, ['cleaning'], tech);
  const presto2 = await photo(ctx, tx, tech, store, wang, '#333333', '鞋边发黄.jpg');
  await raiseChangeRequest(tx, viewerOf(tech, store, 'technician'), presto, {
    origin: 'technician',
    description: '鞋边氧化发黄明显，建议加做去黄处理',
    photoIds: [presto2],
    service: S.whiten,
  });
}

/** 李女士's pair at quality check, 张同学's ready for pickup, 陈女士's picked up yesterday. */
async function othersPairs({
  ctx,
  tx,
  store,
  customers: { li, zhang, chen },
  staff: { senior, tech, clerk },
  open,
  walk,
}: Floor) {
  // 李女士's suede loafers at quality check (she prefers remote acceptance).
  const tods = await open(
    li,
    { brand: 'Tod’s', model: 'Gommino 豆豆鞋', colour: '驼色', material: '麂皮' },
    [S.suede, S.protect],
    senior,
    '鞋面有水渍',
    '#c19a6b',
  );
  await walk(tods, ['cleaning', 'protectiveCare', 'qualityCheck'], senior);

  const chuck = await open(
    zhang,
    { brand: 'Converse', model: 'Chuck 70 High', colour: '白', material: '帆布' },
    [S.clean],
    tech,
    '帆布发黄',
    '#f5f5f5',
  );
  await walk(chuck, ['cleaning', 'qualityCheck', 'readyForPickup'], tech);
  const clarks = await open(
    chen,
    { brand: 'Clarks', model: 'Wallabee', colour: '沙色', material: '麂皮' },
    [S.suede],
    tech,
    '鞋跟磨损',
    '#d2b48c',
  );
  await walk(clarks, ['cleaning', 'qualityCheck', 'readyForPickup'], tech);
  await tx.dequeue(`care:pickup-reminder:${clarks.id}`);
  clarks.pickedUpAt = tx.now();
  clarks.pickedUpBy = clerk;
  await forceStatus(tx, clarks, 'pickedUp', clerk, careState.of(ctx.runtime));
  tx.emit(
    'order.pickedUp',
    {
      orderId: clarks.id,
      storeId: store,
      customerId: chen,
      pickedUpBy: clerk,
      totalMinor: totalOf(clarks),
      currency: clarks.currency,
    },
    { accounts: [chen], stores: [store] },
  );
}

/**
 * Demo orders in different states (Chinese data): 王先生's limited-edition AJ1 mid-pipeline after an
 * approved sole repair, his second pair waiting for his answer, 李女士's suede pair at quality check,
 * pairs ready for pickup and picked up. Needs the demo customers (customers plugin seed).
 */
export async function seedCare(ctx: SeedContext) {
  if (ctx.alreadySeeded) return;
  await ctx.tx(async (tx) => {
    const floor = await demoFloor(ctx, tx);
    if (!floor) return; // no demo customers in this distribution
    await wangsPairs(floor);
    await othersPairs(floor);
  });
}
