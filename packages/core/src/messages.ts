import { PluginContractError } from './errors.ts';
import { isStaff, type Viewer } from './viewer.ts';

/** The languages people read the server's own texts in (an account's stored `locale`). */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Who reads a text: staff see the shop's side of things, the customer is addressed as "you". */
export type Reader = 'staff' | 'customer';

/**
 * A text in every language; `{name}` is replaced by the parameter of that name. The plain texts
 * are the staff's; `customer` words the same thing for the customer where it reads differently
 * ("客户已同意" → "您已同意"), with the same parameters.
 */
export type Message = Record<Locale, string> & { customer?: Record<Locale, string> };
export type Messages = Record<string, Message>;
/** What a stored text refers to: a catalogue key and its parameters, worded when read. */
export interface MessageRef {
  key: string;
  /** Values, or texts of the catalogue themselves (a reason worded in the same language). */
  params?: Record<string, string | number | MessageRef>;
}

/** Fills `{name}` with the parameter of that name (a nested reference is worded by `nested`). */
export function formatMessage(template: string, params: MessageRef['params'], nested: (ref: MessageRef) => string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? nested(value) : String(value);
  });
}

/** Whether a stored value (a message's `meta.text`) is a reference into the catalogue. */
export function isMessageRef(value: unknown): value is MessageRef {
  return !!value && typeof value === 'object' && typeof (value as MessageRef).key === 'string';
}

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** Declares a plugin's texts (typed: a missing language fails to compile). */
export function defineMessages<const M extends Messages>(messages: M): M {
  return messages;
}

/**
 * The one catalogue of the server's user-facing texts (timeline entries, notices, call records):
 * every plugin's `messages`, keyed `plugin.name`. Read in the reader's locale.
 */
export class MessageCatalogue {
  readonly messages = new Map<string, Message>();

  constructor(plugins: { name: string; messages?: Messages }[]) {
    for (const plugin of plugins) {
      for (const [key, message] of Object.entries(plugin.messages ?? {})) {
        const full = `${plugin.name}.${key}`;
        if (this.messages.has(full)) throw new PluginContractError(`Message "${full}" is declared twice.`);
        this.messages.set(full, message);
      }
    }
  }

  /**
   * The text of a key in a locale (zh-CN when the locale is unknown) for a reader (staff unless
   * said), parameters filled in; a reference inside is worded for the same reader.
   */
  text(ref: MessageRef, locale: string | null | undefined, reader: Reader = 'staff'): string {
    const message = this.messages.get(ref.key);
    if (!message) throw new PluginContractError(`Message "${ref.key}" is not in the catalogue.`);
    const wording = (reader === 'customer' && message.customer) || message;
    return formatMessage(wording[isLocale(locale) ? locale : DEFAULT_LOCALE], ref.params, (inner) =>
      this.text(inner, locale, reader),
    );
  }
}

/** How the viewer reads the server's texts: staff (and owners) as staff, everyone else as the customer. */
export function readerOf(viewer: Viewer | null): Reader {
  return isStaff(viewer) ? 'staff' : 'customer';
}
