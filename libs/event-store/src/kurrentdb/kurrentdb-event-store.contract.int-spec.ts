import { eventStoreContract } from '../contract/event-store.contract.js';
import { KurrentDbEventStore } from './kurrentdb-event-store.js';

// No KurrentDB server can run on our machines: the suite runs only against a server named by
// EVENTSTORE_URL and is otherwise reported as skipped, never as passed.
const url = process.env.EVENTSTORE_URL;
const describeWithServer = url ? describe : describe.skip;

describeWithServer(`EventStore contract: KurrentDB adapter${url ? '' : ' (skipped: EVENTSTORE_URL not set)'}`, () => {
  let store: KurrentDbEventStore;

  beforeAll(() => {
    store = new KurrentDbEventStore(url as string);
  });
  afterAll(() => store.close());

  eventStoreContract({ store: () => store });
});
