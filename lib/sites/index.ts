// TODO(issue 8): lib/messaging/protocol.ts imports isSiteId from here; once it imports it from
// ./site-urls, delete this file. New code imports ./site-urls (pure) or ./all-adapters.
export { isSiteId } from './site-urls';
