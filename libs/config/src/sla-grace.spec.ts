import { ConfigValidationError, validateEnvironment } from './environment.js';

const base = { DATABASE_URL: 'postgres://u@h/db' };
const problems = (raw: Record<string, unknown>) => {
  try {
    validateEnvironment({ ...base, ...raw }, { tokens: false });
    return [];
  } catch (error) {
    return (error as ConfigValidationError).problems;
  }
};

describe('SLA_ESCALATION_GRACE_HOURS', () => {
  it('defaults to 24 hours and reads a number of hours', () => {
    expect(validateEnvironment(base, { tokens: false }).SLA_ESCALATION_GRACE_HOURS).toBe(24);
    expect(
      validateEnvironment({ ...base, SLA_ESCALATION_GRACE_HOURS: '0' }, { tokens: false }).SLA_ESCALATION_GRACE_HOURS,
    ).toBe(0);
  });
  it('refuses anything but whole hours from 0 to 720', () => {
    expect(problems({ SLA_ESCALATION_GRACE_HOURS: 'soon' })).toEqual([
      'SLA_ESCALATION_GRACE_HOURS must be an integer number of hours',
    ]);
    expect(problems({ SLA_ESCALATION_GRACE_HOURS: '721' })).toEqual([
      'SLA_ESCALATION_GRACE_HOURS must be between 0 and 720',
    ]);
    expect(problems({ SLA_ESCALATION_GRACE_HOURS: '-1' })).toEqual([
      'SLA_ESCALATION_GRACE_HOURS must be between 0 and 720',
    ]);
  });
});
