import { localId } from '@lacewire/client';
import type { ServiceCategory } from '../gql/graphql.ts';

/** A service line as the counter edits it: from the catalog (serviceId) or as it stands on the order. */
export interface LineDraft {
  serviceId: string | null;
  code: string;
  name: string;
  category: ServiceCategory;
  /** Agreed price in yuan (the catalog's by default). */
  price: number;
}

const CARE_CATEGORIES: ServiceCategory[] = ['cleaning', 'repair', 'recolouring', 'protection', 'other'];

/** The catalog knows more kinds of service (authentication…) than the care pipeline: those go as "other". */
export const careCategory = (c: string): ServiceCategory =>
  CARE_CATEGORIES.includes(c as ServiceCategory) ? (c as ServiceCategory) : 'other';

/** A line for a catalog service, priced as the catalog lists it. */
export function catalogLine(service: { id: string; name: string; category: string; priceMinor: number }): LineDraft {
  return {
    serviceId: service.id,
    code: `svc-${localId(service.id).slice(0, 8)}`,
    name: service.name,
    category: careCategory(service.category),
    price: service.priceMinor / 100,
  };
}

/** What the API takes for a line: the catalog service (and the agreed price), or the line as it is. */
export function lineInput(line: LineDraft) {
  const priceMinor = Math.round(line.price * 100);
  return line.serviceId
    ? { serviceId: line.serviceId, code: line.code, priceMinor }
    : { code: line.code, name: line.name, category: line.category, priceMinor };
}
