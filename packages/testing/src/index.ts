export { type GraphQLResult, TestClient, TestSubscription } from './client.ts';
export { ADMIN_URL, createTestDatabase, type TestDatabase, testDatabaseKind } from './database.ts';
export { globalId, localId } from './ids.ts';
export {
  CodeInbox,
  createTestPlatform,
  everyDay,
  type TestPlatform,
  type TestPlatformOptions,
  type TestStore,
} from './platform.ts';
