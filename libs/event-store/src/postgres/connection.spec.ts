import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { guardPool, isConnectionError } from './connection.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isConnectionError', () => {
  it.each([
    ['57P01', 'terminating connection due to administrator command'],
    ['57P02', 'terminating connection due to crash of another server process'],
    ['57P03', 'the database system is starting up'],
    ['08006', 'connection failure'],
    ['08003', 'connection does not exist'],
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'],
    ['ECONNRESET', 'read ECONNRESET'],
  ])('treats %s as a lost connection', (code, message) => {
    expect(isConnectionError(withCode(code, message))).toBe(true);
  });

  it('recognises what pg says without a code', () => {
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated due to connection timeout'))).toBe(true);
    expect(isConnectionError(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
    expect(isConnectionError(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('looks through causes and aggregate errors (a refused connect on ::1 and 127.0.0.1)', () => {
    expect(isConnectionError(new Error('Migration m1 failed', { cause: withCode('57P01') }))).toBe(true);
    expect(isConnectionError(new AggregateError([withCode('ECONNREFUSED')], ''))).toBe(true);
  });

  it('leaves statement errors alone: they are not retried as outages', () => {
    expect(isConnectionError(withCode('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isConnectionError(withCode('40001', 'could not serialize access'))).toBe(false);
    expect(isConnectionError(withCode('42P01', 'relation "events" does not exist'))).toBe(false);
    expect(isConnectionError(new Error('chain head kept moving'))).toBe(false);
    expect(isConnectionError(undefined)).toBe(false);
    expect(isConnectionError('Connection terminated')).toBe(false);
  });
});

describe('guardPool', () => {
  it('reports idle and checked-out client errors once per client instead of raising them', () => {
    const pool = new EventEmitter() as unknown as pg.Pool;
    const lost: string[] = [];
    guardPool(pool, (error) => lost.push(error.message));
    const client = new EventEmitter();
    pool.emit('connect', client);
    // A terminated backend: the server's message, then the socket's end.
    client.emit('error', new Error('terminating connection due to administrator command'));
    client.emit('error', new Error('Connection terminated unexpectedly'));
    pool.emit('error', new Error('Connection terminated unexpectedly'), client);
    expect(lost).toEqual(['terminating connection due to administrator command']);
  });
});
