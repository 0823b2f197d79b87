/**
 * The status pipeline of a work order: a small state machine over a store's stages. Pure
 * functions: no database, easy to test and to reason about.
 */

/** What kind of work a service is; a work stage applies when the order has a service of its category. */
export type ServiceCategory = 'cleaning' | 'repair' | 'recolouring' | 'protection' | 'other';
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = ['cleaning', 'repair', 'recolouring', 'protection', 'other'];

export interface Stage {
  /** Stable key used as the order status (`cleaning`). */
  key: string;
  /** Shown to people (`深度清洁`). */
  label: string;
  /** Service categories that need this stage; null: every order passes it. */
  categories: ServiceCategory[] | null;
}

export const RECEIVED = 'received';
export const QUALITY_CHECK = 'qualityCheck';
export const READY = 'readyForPickup';
export const PICKED_UP = 'pickedUp';
export const ON_HOLD = 'onHold';
export const CANCELLED = 'cancelled';

export const DEFAULT_PIPELINE: Stage[] = [
  { key: RECEIVED, label: '已收件', categories: null },
  { key: 'cleaning', label: '深度清洁', categories: ['cleaning'] },
  { key: 'repair', label: '修复', categories: ['repair'] },
  { key: 'recolouring', label: '补色', categories: ['recolouring'] },
  { key: 'protectiveCare', label: '养护', categories: ['protection'] },
  { key: QUALITY_CHECK, label: '质检', categories: null },
  { key: READY, label: '待取件', categories: null },
  { key: PICKED_UP, label: '已取件', categories: null },
];

export const SPECIAL_LABELS: Record<string, string> = { [ON_HOLD]: '等待客户确认', [CANCELLED]: '已取消' };

/** A pipeline must start at received and end with ready for pickup → picked up. */
export function validatePipeline(stages: Stage[]): string | null {
  const keys = stages.map((s) => s.key);
  if (new Set(keys).size !== keys.length) return 'Stage keys must be unique.';
  if (keys[0] !== RECEIVED) return `The first stage must be "${RECEIVED}".`;
  if (keys.at(-1) !== PICKED_UP || keys.at(-2) !== READY) return `The last stages must be "${READY}" then "${PICKED_UP}".`;
  if (keys.includes(ON_HOLD) || keys.includes(CANCELLED))
    return `"${ON_HOLD}" and "${CANCELLED}" are built in; do not list them.`;
  if (stages.some((s) => !/^[a-zA-Z][a-zA-Z0-9]{0,39}$/.test(s.key)))
    return 'Stage keys are letters and digits, starting with a letter.';
  const work = stages.slice(1, -2);
  if (work.length === 0) return 'A pipeline needs at least one work stage.';
  return null;
}

/** The stages this order goes through: work stages without a matching service are skipped. */
export function applicableStages(pipeline: Stage[], categories: readonly ServiceCategory[]): Stage[] {
  return pipeline.filter((s) => s.categories === null || s.categories.some((c) => categories.includes(c)));
}

/** Work stages: between received and ready for pickup (quality check included). */
export function isWorkStage(pipeline: Stage[], status: string) {
  const keys = pipeline.map((s) => s.key);
  const i = keys.indexOf(status);
  return i > 0 && i < keys.indexOf(READY);
}

export function labelOf(pipeline: Stage[], status: string) {
  return pipeline.find((s) => s.key === status)?.label ?? SPECIAL_LABELS[status] ?? status;
}

/** Where a stage's work would go for a service category (the first stage that takes it). */
export function stageForCategory(pipeline: Stage[], category: ServiceCategory): string | null {
  return pipeline.find((s) => s.categories?.includes(category))?.key ?? null;
}

/**
 * Statuses an order may move to by hand (`moveOrder`): the next applicable stage; back to an
 * earlier work stage from quality check or ready for pickup (rework); cancelled until picked up.
 * On hold is entered and left through change requests; picked up only through pickup.
 */
export function allowedMoves(pipeline: Stage[], categories: readonly ServiceCategory[], status: string): string[] {
  if (status === PICKED_UP || status === CANCELLED) return [];
  if (status === ON_HOLD) return [CANCELLED];
  const stages = applicableStages(pipeline, categories).map((s) => s.key);
  const i = stages.indexOf(status);
  const out: string[] = [];
  const next = stages[i + 1];
  if (next && next !== PICKED_UP) out.push(next);
  if (status === QUALITY_CHECK || status === READY) {
    for (const key of stages.slice(
      1,
      stages.indexOf(QUALITY_CHECK) === -1 ? stages.indexOf(READY) : stages.indexOf(QUALITY_CHECK),
    )) {
      if (!out.includes(key)) out.push(key);
    }
  }
  out.push(CANCELLED);
  return out;
}
