import type zh from './zh-CN.ts';

const en: typeof zh = {
  app: { name: 'Lacewire', offline: 'Offline — messages will be sent when the connection returns', connecting: 'Connecting…' },
  tabs: { orders: 'Orders', book: 'Book', messages: 'Chat', me: 'Me' },
  signIn: {
    title: 'Sign in with your phone',
    subtitle: 'No registration — your first sign-in creates the account',
    phone: 'Phone',
    phonePlaceholder: 'Phone number',
    code: 'Code',
    codePlaceholder: '6-digit code',
    send: 'Send code',
    resend: 'Resend in {n}s',
    submit: 'Sign in',
    sent: 'Code sent',
    invalidPhone: 'Enter a valid phone number',
  },
  common: { save: 'Save', cancel: 'Cancel', confirm: 'Confirm', back: 'Back', loading: 'Loading…', empty: 'Nothing here yet', retry: 'Retry', saved: 'Saved', error: 'Something went wrong', minutes: '{n} min' },
  stores: { title: 'Choose a store', hours: 'Opening hours', phone: 'Phone' },
  book: { title: 'Book', services: 'Choose services', slot: 'Choose a time', confirm: 'Confirm booking', upcoming: 'Upcoming appointments', none: 'No appointments', booked: 'Booked', reschedule: 'Reschedule', cancel: 'Cancel booking', cancelled: 'Cancelled', noSlots: 'No free times that day', total: 'Total' },
  orders: { title: 'My orders', none: 'No orders yet', tag: 'Tag number', pickupCode: 'Pickup code', timeline: 'Progress', live: 'Live' },
  change: { title: 'Extra work to approve', approve: 'Approve', decline: 'Decline', approved: 'Approved', declined: 'Declined', price: 'Price' },
  acceptance: { title: 'Remote acceptance', before: 'Before', after: 'After', accept: 'Looks good — accept', reject: 'Not happy — mark the spot', mark: 'Drag on the photo to mark the problem', comment: 'Describe the problem', submit: 'Send for rework', accepted: 'Accepted', rework: 'Rework requested' },
  chat: { title: 'Chat with the store', placeholder: 'Message…', send: 'Send', queued: 'Waiting for network', sending: 'Sending', sent: 'Sent', delivered: 'Delivered', read: 'Read', failed: 'Not sent — tap to retry', photo: 'Photo', file: 'File', voice: 'Voice', recording: 'Recording… release to send' },
  me: { title: 'Me', profile: 'Profile', language: 'Language', signOut: 'Sign out', phone: 'Phone', name: 'Name', shoes: 'My shoes', preferences: 'Preferences', notifications: 'Notifications', reviews: 'Reviews', complaints: 'Complaints & after-sales', vip: 'VIP channel' },
};
export default en;
