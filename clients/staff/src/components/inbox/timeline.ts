import { daysFromToday, localDate } from '@lacewire/client';
import { useDayWords } from '@lacewire/client/i18n';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { clock, date } from '../../lib/format.ts';

// The inbox reads times in the store's zone, as the rest of the console (lib/format.ts).
const ZONE = 'Asia/Shanghai';

interface Dated {
  id: string;
  kind: string;
  createdAt: string;
}

/** What the system says (an order's progress, a call) rather than a person. */
export const isNotice = (m: { kind: string }) => m.kind === 'system' || m.kind === 'call';

/**
 * A thread's messages with a day line before the first of each day ("今天", "昨天", or the date),
 * and the list's short time of a conversation's last message (the time today, else the date).
 */
export function useThreadTimeline<M extends Dated>(messages: () => readonly M[]) {
  const { locale } = useI18n();
  const dayWord = useDayWords();
  const dayName = (iso: string) => dayWord(daysFromToday(localDate(iso, ZONE), ZONE)) ?? date(iso, ZONE, locale.value);
  const timeline = computed(() => {
    const items: { key: string; day?: string; message?: M }[] = [];
    let last = '';
    for (const m of messages()) {
      const day = localDate(m.createdAt, ZONE);
      if (day !== last) items.push({ key: `day-${day}`, day: dayName(m.createdAt) });
      last = day;
      items.push({ key: m.id, message: m });
    }
    return items;
  });
  const when = (iso: string) => (daysFromToday(localDate(iso, ZONE), ZONE) === 0 ? clock(iso, ZONE, locale.value) : dayName(iso));
  return { timeline, when };
}
