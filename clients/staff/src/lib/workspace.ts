import type { Lacewire } from '@lacewire/client';
import { computed, type InjectionKey, inject, ref } from 'vue';
import { StaffWorkspaceDocument, type StaffWorkspaceQuery } from '../gql/graphql.ts';

export type Role = 'owner' | 'storeAdmin' | 'clerk' | 'technician';
export type Area =
  | 'overview'
  | 'board'
  | 'intake'
  | 'pool'
  | 'workload'
  | 'customers'
  | 'appointments'
  | 'inbox'
  | 'aftersales'
  | 'metrics'
  | 'settings'
  | 'orders';

/** Who may open which area (the server checks every operation again). */
export const ACCESS: Record<Area, Role[]> = {
  // Every store at once: the owner, and admins of several stores (see `can`), whatever the current store.
  overview: ['owner'],
  board: ['owner', 'storeAdmin', 'clerk', 'technician'],
  orders: ['owner', 'storeAdmin', 'clerk', 'technician'],
  intake: ['owner', 'storeAdmin', 'clerk'],
  pool: ['owner', 'storeAdmin', 'clerk', 'technician'],
  workload: ['owner', 'storeAdmin', 'clerk'],
  customers: ['owner', 'storeAdmin', 'clerk', 'technician'],
  appointments: ['owner', 'storeAdmin', 'clerk', 'technician'],
  inbox: ['owner', 'storeAdmin', 'clerk', 'technician'],
  // Technicians: the complaints assigned to them.
  aftersales: ['owner', 'storeAdmin', 'clerk', 'technician'],
  metrics: ['owner', 'storeAdmin'],
  settings: ['owner', 'storeAdmin'],
};

export interface WorkStore {
  id: string;
  name: string;
  role: Role;
}

type Viewer = NonNullable<StaffWorkspaceQuery['viewer']>;

const STORE_KEY = 'lacewire.staff.store';

/**
 * The signed-in staff member, the stores they work in and the store they are working in now.
 * Loaded after sign-in and on reload; the router asks it before every screen.
 */
export function createWorkspace(lacewire: Lacewire) {
  const viewer = ref<Viewer | null>(null);
  const allStores = ref<StaffWorkspaceQuery['stores']>([]);
  const storeId = ref<string | null>(readStore());
  let loading: Promise<void> | null = null;

  const stores = computed<WorkStore[]>(() => {
    if (!viewer.value) return [];
    if (viewer.value.isOwner) return allStores.value.map((s) => ({ id: s.id, name: s.name, role: 'owner' as Role }));
    return viewer.value.memberships.map((m) => ({ id: m.store.id, name: m.store.name, role: m.role as Role }));
  });
  const current = computed(() => stores.value.find((s) => s.id === storeId.value) ?? null);
  const role = computed<Role | null>(() => current.value?.role ?? null);

  function readStore() {
    try {
      return localStorage.getItem(STORE_KEY);
    } catch {
      return null;
    }
  }

  function selectStore(id: string) {
    storeId.value = id;
    try {
      localStorage.setItem(STORE_KEY, id);
    } catch {
      // private mode
    }
  }

  async function load(force = false): Promise<void> {
    if (!lacewire.auth.signedIn) {
      viewer.value = null;
      return;
    }
    if (viewer.value && !force) return;
    loading ??= (async () => {
      const result = await lacewire.client.query(StaffWorkspaceDocument, {}, { requestPolicy: 'network-only' }).toPromise();
      viewer.value = result.data?.viewer ?? null;
      allStores.value = result.data?.stores ?? [];
      if (viewer.value && stores.value.length === 1) selectStore(stores.value[0].id);
      if (storeId.value && !stores.value.some((s) => s.id === storeId.value)) storeId.value = null;
    })().finally(() => {
      loading = null;
    });
    return loading;
  }

  function clear() {
    viewer.value = null;
    allStores.value = [];
  }

  const adminOfSeveral = computed(() => (viewer.value?.memberships.filter((m) => m.role === 'storeAdmin').length ?? 0) >= 2);

  function can(area: Area): boolean {
    if (area === 'overview') return !!viewer.value?.isOwner || adminOfSeveral.value;
    return role.value !== null && ACCESS[area].includes(role.value);
  }

  return { viewer, stores, storeId, current, role, load, clear, selectStore, can };
}

export type Workspace = ReturnType<typeof createWorkspace>;
export const WORKSPACE: InjectionKey<Workspace> = Symbol('workspace');

export function useWorkspace(): Workspace {
  const workspace = inject(WORKSPACE);
  if (!workspace) throw new Error('workspace not provided');
  return workspace;
}
