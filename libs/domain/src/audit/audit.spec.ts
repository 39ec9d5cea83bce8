import { given } from '../shared/given.js';
import { auditLogDecider, type HistoryRead } from './audit.js';

describe('audit log', () => {
  it('records each read of a community history, whatever came before', () => {
    const earlier: HistoryRead = { type: 'HistoryRead', data: { purpose: 'verify', afterPosition: 0, returned: 0, lastPosition: null } };
    given(auditLogDecider, [earlier])
      .when({ kind: 'RecordHistoryRead', purpose: 'history', afterPosition: 10, returned: 3, lastPosition: 42 })
      .then([{ type: 'HistoryRead', data: { purpose: 'history', afterPosition: 10, returned: 3, lastPosition: 42 } }]);
  });
});
