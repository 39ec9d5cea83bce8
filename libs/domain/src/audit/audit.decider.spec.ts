import { given } from '../shared/given.js';
import { auditLogDecider, erasureDecider, type HistoryRead, type SubjectErased } from './index.js';

describe('audit log', () => {
  it('records each read of a community history with its reason, whatever came before', () => {
    const earlier: HistoryRead = {
      type: 'HistoryRead',
      data: { purpose: 'verify', afterPosition: 0, returned: 0, lastPosition: null },
    };
    given(auditLogDecider, [earlier])
      .when({
        kind: 'RecordHistoryRead',
        purpose: 'history',
        afterPosition: 10,
        returned: 3,
        lastPosition: 42,
        reason: ' 年度审计抽查 ',
      })
      .then([
        {
          type: 'HistoryRead',
          data: { purpose: 'history', afterPosition: 10, returned: 3, lastPosition: 42, reason: '年度审计抽查' },
        },
      ]);
  });

  it('refuses a read without a reason', () => {
    given(auditLogDecider, [])
      .when({
        kind: 'RecordHistoryRead',
        purpose: 'export',
        afterPosition: 0,
        returned: null,
        lastPosition: null,
        reason: ' ',
      })
      .thenThrows('ACCESS_REASON_REQUIRED', { field: 'reason' });
  });

  it('records a decryption of personal data with whose data and why', () => {
    given(auditLogDecider, [])
      .when({
        kind: 'RecordPiiDecryption',
        record: 'welfare',
        recordId: 'w-1',
        streamId: 'welfare-w-1',
        subjects: ['welfare-w-1'],
        reason: '低保复核',
      })
      .then([
        {
          type: 'PiiDecrypted',
          data: {
            record: 'welfare',
            recordId: 'w-1',
            streamId: 'welfare-w-1',
            subjects: ['welfare-w-1'],
            reason: '低保复核',
          },
        },
      ]);
  });
});

describe('erasure of a data subject', () => {
  const erased: SubjectErased = {
    type: 'SubjectErased',
    data: { subjectId: 'request-1', reason: '本人申请删除', keysDestroyed: 1 },
  };

  it('records the erasure with its reason and the keys destroyed', () => {
    given(erasureDecider, [])
      .when({ kind: 'EraseSubject', subjectId: 'request-1', reason: '本人申请删除', keysDestroyed: 1 })
      .then([erased]);
  });

  it('refuses to erase a subject twice, naming the state', () => {
    given(erasureDecider, [erased])
      .when({ kind: 'EraseSubject', subjectId: 'request-1', reason: '再次申请', keysDestroyed: 0 })
      .thenThrows('SUBJECT_ALREADY_ERASED', { state: 'erased' });
  });

  it('refuses an erasure without a reason', () => {
    given(erasureDecider, [])
      .when({ kind: 'EraseSubject', subjectId: 'request-2', reason: '', keysDestroyed: 1 })
      .thenThrows('ERASURE_REASON_REQUIRED', { field: 'reason' });
  });
});
