import { withShared } from '@lacewire/client/i18n/messages';
import en from './en.json';
import zhCN from './zh-CN.json';

/** This app's texts and the shared ones (failures by code, features, statuses), both languages. */
export const messages = withShared({ 'zh-CN': zhCN, en });
