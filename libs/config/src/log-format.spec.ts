import { chooseLogFormat } from './log-format.js';
import { validateEnvironment } from './environment.js';

describe('log format', () => {
  it('is pretty in development and JSON in production, whether or not a terminal reads it', () => {
    expect(chooseLogFormat({ NODE_ENV: 'development' }, false)).toBe('pretty');
    expect(chooseLogFormat({ NODE_ENV: 'development' }, true)).toBe('pretty');
    expect(chooseLogFormat({ NODE_ENV: 'production' }, false)).toBe('json');
    expect(chooseLogFormat({ NODE_ENV: 'production' }, true)).toBe('json');
  });

  it('follows the terminal elsewhere (tests): pretty on a TTY, JSON into a pipe or file', () => {
    expect(chooseLogFormat({ NODE_ENV: 'test' }, true)).toBe('pretty');
    expect(chooseLogFormat({ NODE_ENV: 'test' }, false)).toBe('json');
  });

  it('takes LOG_FORMAT over every default', () => {
    expect(chooseLogFormat({ NODE_ENV: 'development', LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(chooseLogFormat({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
    expect(chooseLogFormat({ NODE_ENV: 'test', LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
  });

  it('is read from the environment and refused when it is neither pretty nor json', () => {
    const base = { DATABASE_URL: 'postgres://u@h/db' };
    expect(validateEnvironment(base, {}).LOG_FORMAT).toBeUndefined();
    expect(validateEnvironment({ ...base, LOG_FORMAT: 'json' }, {}).LOG_FORMAT).toBe('json');
    expect(() => validateEnvironment({ ...base, LOG_FORMAT: 'text' }, {})).toThrow('LOG_FORMAT must be pretty or json');
  });
});
